/**
 * Brief Pain Inventory (short form) scoring. Licensed (MD Anderson): never bundled.
 * Source: Cleeland CS. The Brief Pain Inventory User Guide (MD Anderson, 2009): severity
 * is the mean of items 3–6 (worst, least, average, now); interference is the mean of
 * items 9A–G, scored when at least 4 of the 7 are answered. Meaningful change: IMMPACT
 * (Dworkin RH et al. J Pain 2008;9:105–21): a 30 % fall in pain intensity; about 1 point
 * on interference.
 * Missing items: severity needs all four (Tend's choice: four numbers that describe
 * different moments should not be averaged from fewer). No public LOINC code is used.
 */
import {
	compareScore,
	mean,
	pointsRule,
	QUESTIONNAIRE_BASE,
	readItems,
	relativeRule,
	scoreOf
} from './common';
import type { Instrument } from './types';

export const BPI_SEVERITY_ITEMS = ['bpi-3', 'bpi-4', 'bpi-5', 'bpi-6'] as const;
export const BPI_INTERFERENCE_ITEMS = [
	'bpi-9a',
	'bpi-9b',
	'bpi-9c',
	'bpi-9d',
	'bpi-9e',
	'bpi-9f',
	'bpi-9g'
] as const;

/** Fewest interference items that give an interference score. */
export const BPI_INTERFERENCE_MINIMUM = 4;

export const bpi: Instrument = {
	id: 'bpi-sf',
	url: `${QUESTIONNAIRE_BASE}bpi-sf`,
	licensed: true,
	score(values) {
		const severity = readItems(values, BPI_SEVERITY_ITEMS, 0, 10);
		const interference = readItems(values, BPI_INTERFERENCE_ITEMS, 0, 10);
		const enough = interference.answered.length >= BPI_INTERFERENCE_MINIMUM;
		return {
			instrument: 'bpi-sf',
			scores: [
				scoreOf(
					'severity',
					severity.missing.length === 0 ? mean(severity.answered) : null,
					severity.missing,
					null
				),
				scoreOf(
					'interference',
					enough ? mean(interference.answered) : null,
					interference.missing,
					null
				)
			],
			flags: []
		};
	},
	change: (previous, current) => [
		compareScore(previous, current, 'severity', false, relativeRule(0.3)),
		compareScore(previous, current, 'interference', false, pointsRule(1))
	]
};
