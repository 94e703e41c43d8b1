/**
 * Pain Self-Efficacy Questionnaire scoring. Treated as licensed (permission from the
 * author): never bundled.
 * Sources: Nicholas MK. The pain self-efficacy questionnaire: taking pain into account.
 * Eur J Pain 2007;11:153–63 (ten items 0–6, sum 0–60, higher is more confidence). Bands
 * (<20, 20–30, 31–40, ≥41) and a meaningful change of 7 points as used by the Electronic
 * Persistent Pain Outcomes Collaboration (ePPOC) and given in DOMAIN §5.
 * Missing items: no total with any item missing (no prorating; Tend's conservative
 * choice). No public LOINC code is used.
 */
import { compareScore, pointsRule, QUESTIONNAIRE_BASE, readItems, scoreOf, sum } from './common';
import type { Band, Instrument } from './types';

export const PSEQ_ITEMS = Array.from({ length: 10 }, (_, i) => `pseq-${i + 1}`);

export const PSEQ_BANDS: readonly Band[] = [
	{
		id: 'low',
		min: 0,
		max: 19,
		name: 'proms:band.pseq.low.name',
		means: 'proms:band.pseq.low.means',
		notMeans: 'proms:band.pseq.not_means'
	},
	{
		id: 'some',
		min: 20,
		max: 30,
		name: 'proms:band.pseq.some.name',
		means: 'proms:band.pseq.some.means',
		notMeans: 'proms:band.pseq.not_means'
	},
	{
		id: 'fairly-high',
		min: 31,
		max: 40,
		name: 'proms:band.pseq.fairly_high.name',
		means: 'proms:band.pseq.fairly_high.means',
		notMeans: 'proms:band.pseq.not_means'
	},
	{
		id: 'high',
		min: 41,
		max: 60,
		name: 'proms:band.pseq.high.name',
		means: 'proms:band.pseq.high.means',
		notMeans: 'proms:band.pseq.not_means'
	}
];

export const pseq: Instrument = {
	id: 'pseq',
	url: `${QUESTIONNAIRE_BASE}pseq`,
	licensed: true,
	score(values) {
		const { answered, missing } = readItems(values, PSEQ_ITEMS, 0, 6);
		const total = missing.length === 0 ? sum(answered) : null;
		return {
			instrument: 'pseq',
			scores: [scoreOf('total', total, missing, null, PSEQ_BANDS)],
			flags: []
		};
	},
	change: (previous, current) => [compareScore(previous, current, 'total', true, pointsRule(7))]
};
