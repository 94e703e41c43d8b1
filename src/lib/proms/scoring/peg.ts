/**
 * PEG-3 scoring (pain average, interference with enjoyment of life, with general activity).
 * Source: Krebs EE et al. Development and initial validation of the PEG, a three-item scale
 * assessing pain intensity and interference. J Gen Intern Med 2009;24:733–8 (score = mean
 * of the three 0–10 items; a 30 % fall is a meaningful improvement, as IMMPACT: Dworkin RH
 * et al. J Pain 2008;9:105–21). LOINC panel 91148-7, mean 91147-9.
 * Missing items: the mean is of all three; with any missing there is no score. Changes
 * from 0 are not judged (a relative change from 0 is undefined).
 */
import { compareScore, mean, QUESTIONNAIRE_BASE, readItems, relativeRule, scoreOf } from './common';
import type { Instrument } from './types';

export const PEG_ITEMS = ['peg-pain', 'peg-enjoyment', 'peg-activity'] as const;

export const peg: Instrument = {
	id: 'peg-3',
	url: `${QUESTIONNAIRE_BASE}peg-3`,
	licensed: false,
	score(values) {
		const { answered, missing } = readItems(values, PEG_ITEMS, 0, 10);
		const value = missing.length === 0 ? mean(answered) : null;
		return { instrument: 'peg-3', scores: [scoreOf('mean', value, missing, '91147-9')], flags: [] };
	},
	change: (previous, current) => [compareScore(previous, current, 'mean', false, relativeRule(0.3))]
};
