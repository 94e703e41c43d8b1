/**
 * Pain numeric rating scale (0–10): the score is the answer.
 * Sources: Farrar JT et al. Clinical importance of changes in chronic pain intensity
 * measured on an 11-point numerical pain rating scale. Pain 2001;94:149–58, and IMMPACT
 * (Dworkin RH et al. J Pain 2008;9:105–21): a 30 % fall is a moderately important
 * improvement. LOINC 72514-3 (pain severity 0–10 verbal numeric rating, reported).
 */
import { compareScore, QUESTIONNAIRE_BASE, readItems, relativeRule, scoreOf } from './common';
import type { Instrument } from './types';

export const NRS_ITEM = 'nrs-pain';

export const nrs: Instrument = {
	id: 'pain-nrs',
	url: `${QUESTIONNAIRE_BASE}pain-nrs`,
	licensed: false,
	score(values) {
		const { answered, missing } = readItems(values, [NRS_ITEM], 0, 10);
		return {
			instrument: 'pain-nrs',
			scores: [scoreOf('value', answered[0] ?? null, missing, '72514-3')],
			flags: []
		};
	},
	change: (previous, current) => [
		compareScore(previous, current, 'value', false, relativeRule(0.3))
	]
};
