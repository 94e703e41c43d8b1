/**
 * GAD-7 scoring.
 * Sources: Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing
 * generalized anxiety disorder: the GAD-7. Arch Intern Med 2006;166:1092–7 (sum 0–21;
 * 5, 10 and 15 the cut points for mild, moderate and severe; 10 or more warrants further
 * assessment). Toussaint A et al. Sensitivity to change and minimal clinically important
 * difference of the GAD-7. J Affect Disord 2020;265:395–401 (MCID 4 points).
 * LOINC panel 69737-5, total 70274-6.
 * Missing items: no published rule, so no total with any item missing (as PHQ-9).
 */
import { compareScore, pointsRule, QUESTIONNAIRE_BASE, readItems, scoreOf, sum } from './common';
import type { Band, Flag, Instrument } from './types';

export const GAD7_ITEMS = [
	'gad7-1',
	'gad7-2',
	'gad7-3',
	'gad7-4',
	'gad7-5',
	'gad7-6',
	'gad7-7'
] as const;

export const GAD7_BANDS: readonly Band[] = [
	{
		id: 'minimal',
		min: 0,
		max: 4,
		name: 'proms:band.gad7.minimal.name',
		means: 'proms:band.gad7.minimal.means',
		notMeans: 'proms:band.gad7.minimal.not_means'
	},
	{
		id: 'mild',
		min: 5,
		max: 9,
		name: 'proms:band.gad7.mild.name',
		means: 'proms:band.gad7.mild.means',
		notMeans: 'proms:band.gad7.mild.not_means'
	},
	{
		id: 'moderate',
		min: 10,
		max: 14,
		name: 'proms:band.gad7.moderate.name',
		means: 'proms:band.gad7.moderate.means',
		notMeans: 'proms:band.gad7.moderate.not_means'
	},
	{
		id: 'severe',
		min: 15,
		max: 21,
		name: 'proms:band.gad7.severe.name',
		means: 'proms:band.gad7.severe.means',
		notMeans: 'proms:band.gad7.severe.not_means'
	}
];

/** Score at or above which the GAD-7 warrants further assessment. */
export const GAD7_ASSESSMENT_THRESHOLD = 10;

export const gad7: Instrument = {
	id: 'gad-7',
	url: `${QUESTIONNAIRE_BASE}gad-7`,
	licensed: false,
	score(values) {
		const { answered, missing } = readItems(values, GAD7_ITEMS, 0, 3);
		const total = missing.length === 0 ? sum(answered) : null;
		const flags: Flag[] =
			total !== null && total >= GAD7_ASSESSMENT_THRESHOLD ? ['gad7-assessment'] : [];
		return {
			instrument: 'gad-7',
			scores: [scoreOf('total', total, missing, '70274-6', GAD7_BANDS)],
			flags
		};
	},
	change: (previous, current) => [compareScore(previous, current, 'total', false, pointsRule(4))]
};
