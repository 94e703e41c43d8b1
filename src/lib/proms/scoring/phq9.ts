/**
 * PHQ-9 scoring.
 * Sources: Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression
 * severity measure. J Gen Intern Med 2001;16:606–13 (sum 0–27; severity 0–4, 5–9, 10–14,
 * 15–19, 20–27). Löwe B et al. Monitoring depression treatment outcomes with the PHQ-9.
 * Med Care 2004;42:1194–201 (a change of 5 points is clinically meaningful).
 * LOINC panel 44249-1, total 44261-6.
 * Missing items: the PHQ instructions give no rule for them, so Tend does not prorate: any
 * of items 1–9 missing means no total (the engine makes them required). Item 9 is read on
 * its own, so its flag is raised even when the total cannot be scored (H-015). Item 10
 * (difficulty) is not scored.
 */
import { compareScore, pointsRule, QUESTIONNAIRE_BASE, readItems, scoreOf, sum } from './common';
import type { Band, Flag, Instrument, ItemValues } from './types';

export const PHQ9_ITEMS = [
	'phq9-1',
	'phq9-2',
	'phq9-3',
	'phq9-4',
	'phq9-5',
	'phq9-6',
	'phq9-7',
	'phq9-8',
	'phq9-9'
] as const;

export const PHQ9_BANDS: readonly Band[] = [
	{
		id: 'minimal',
		min: 0,
		max: 4,
		name: 'proms:band.phq9.minimal.name',
		means: 'proms:band.phq9.minimal.means',
		notMeans: 'proms:band.phq9.minimal.not_means'
	},
	{
		id: 'mild',
		min: 5,
		max: 9,
		name: 'proms:band.phq9.mild.name',
		means: 'proms:band.phq9.mild.means',
		notMeans: 'proms:band.phq9.mild.not_means'
	},
	{
		id: 'moderate',
		min: 10,
		max: 14,
		name: 'proms:band.phq9.moderate.name',
		means: 'proms:band.phq9.moderate.means',
		notMeans: 'proms:band.phq9.moderate.not_means'
	},
	{
		id: 'moderately-severe',
		min: 15,
		max: 19,
		name: 'proms:band.phq9.moderately_severe.name',
		means: 'proms:band.phq9.moderately_severe.means',
		notMeans: 'proms:band.phq9.moderately_severe.not_means'
	},
	{
		id: 'severe',
		min: 20,
		max: 27,
		name: 'proms:band.phq9.severe.name',
		means: 'proms:band.phq9.severe.means',
		notMeans: 'proms:band.phq9.severe.not_means'
	}
];

/** True when item 9 (thoughts of being better off dead or of self-harm) is above 0. */
export function phq9Item9Flag(values: ItemValues): boolean {
	const value = values['phq9-9'];
	// Any positive number counts, even one outside 0–3: a bad value must not hide the flag.
	return typeof value === 'number' && value > 0;
}

export const phq9: Instrument = {
	id: 'phq-9',
	url: `${QUESTIONNAIRE_BASE}phq-9`,
	licensed: false,
	score(values) {
		const { answered, missing } = readItems(values, PHQ9_ITEMS, 0, 3);
		const total = missing.length === 0 ? sum(answered) : null;
		const flags: Flag[] = phq9Item9Flag(values) ? ['phq9-item9'] : [];
		return {
			instrument: 'phq-9',
			scores: [scoreOf('total', total, missing, '44261-6', PHQ9_BANDS)],
			flags
		};
	},
	change: (previous, current) => [compareScore(previous, current, 'total', false, pointsRule(5))]
};
