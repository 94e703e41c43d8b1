/**
 * CollaboRATE scoring (shared decision making, three items 0–9).
 * Sources: Elwyn G et al. Developing CollaboRATE: a fast and frugal patient-reported
 * measure of shared decision making in clinical encounters. Patient Educ Couns
 * 2013;93:102–7; Barr PJ et al. The psychometric properties of CollaboRATE. J Med Internet
 * Res 2014;16:e2 (report the "top score": the share of people answering 9 to all three).
 * The total here (0–27) only serves the top score: 27 is exactly "all three are 9". No
 * meaningful change is defined for one person, and no public LOINC code for the score.
 * Missing items: all three are needed.
 */
import { compareScore, QUESTIONNAIRE_BASE, readItems, scoreOf, sum } from './common';
import type { Band, Instrument } from './types';

export const COLLABORATE_ITEMS = ['collaborate-1', 'collaborate-2', 'collaborate-3'] as const;

export const COLLABORATE_BANDS: readonly Band[] = [
	{
		id: 'not-top',
		min: 0,
		max: 26,
		name: 'proms:band.collaborate.not_top.name',
		means: 'proms:band.collaborate.not_top.means',
		notMeans: 'proms:band.collaborate.not_top.not_means'
	},
	{
		id: 'top',
		min: 27,
		max: 27,
		name: 'proms:band.collaborate.top.name',
		means: 'proms:band.collaborate.top.means',
		notMeans: 'proms:band.collaborate.top.not_means'
	}
];

export const collaborate: Instrument = {
	id: 'collaborate',
	url: `${QUESTIONNAIRE_BASE}collaborate`,
	licensed: false,
	score(values) {
		const { answered, missing } = readItems(values, COLLABORATE_ITEMS, 0, 9);
		const total = missing.length === 0 ? sum(answered) : null;
		return {
			instrument: 'collaborate',
			scores: [scoreOf('total', total, missing, null, COLLABORATE_BANDS)],
			flags: []
		};
	},
	change: (previous, current) => [compareScore(previous, current, 'total', true, null)]
};
