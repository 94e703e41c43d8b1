import { describe, expect, it } from 'vitest';
import { bpi, BPI_INTERFERENCE_ITEMS, BPI_SEVERITY_ITEMS } from './scoring/bpi';
import { QUESTIONNAIRE_BASE } from './scoring/common';
import { EQ5D_DIMENSIONS, EQ5D_VAS, eq5d5l } from './scoring/eq5d5l';
import { fft, FFT_ITEM } from './scoring/fft';
import { peg, PEG_ITEMS } from './scoring/peg';
import { phq9, PHQ9_ITEMS } from './scoring/phq9';
import { pseq, PSEQ_ITEMS } from './scoring/pseq';
import { items, spread } from './scoring/test-support';
import type { ScoreResult } from './scoring/types';
import { buildTrends, type TrendResponse } from './trend';

const PHQ9 = `${QUESTIONNAIRE_BASE}phq-9`;
const PSEQ = `${QUESTIONNAIRE_BASE}pseq`;

let next = 0;
function response(authored: string | null, scores: ScoreResult | null): TrendResponse {
	next += 1;
	return { id: `r${next}`, authored, scores };
}
const phqTotal = (total: number) => phq9.score(items(PHQ9_ITEMS, spread(9, total, 3)));
const pseqTotal = (total: number) => pseq.score(items(PSEQ_ITEMS, spread(10, total, 6)));
const day = (d: number) => `2026-03-${String(d).padStart(2, '0')}T09:00:00.000Z`;

describe('buildTrends', () => {
	it('gives nothing for a questionnaire that has no scoring', () => {
		expect(buildTrends('https://example.org/Questionnaire/other', [])).toEqual([]);
	});

	it('gives each score an empty trend when there are no responses', () => {
		const [trend] = buildTrends(PHQ9, []);
		expect(trend?.scale).toMatchObject({ scoreId: 'total', min: 0, max: 27, kind: 'number' });
		expect(trend?.scale.bands.map((band) => band.id)).toEqual([
			'minimal',
			'mild',
			'moderate',
			'moderately-severe',
			'severe'
		]);
		expect(trend?.points).toEqual([]);
		expect(trend?.summary).toEqual({ kind: 'empty' });
	});

	it('puts the points oldest first with their values and bands, leaving drafts out', () => {
		const [trend] = buildTrends(PHQ9, [
			response(day(20), phqTotal(8)),
			response(null, null),
			response(day(3), phqTotal(15)),
			response(day(10), phqTotal(11))
		]);
		expect(trend?.points.map((p) => [p.at, p.value, p.band?.id])).toEqual([
			[day(3), 15, 'moderately-severe'],
			[day(10), 11, 'moderate'],
			[day(20), 8, 'mild']
		]);
	});

	// PHQ-9: lower is better, a change of 5 points is meaningful (Löwe 2004).
	it.each<[number, number, string, boolean]>([
		[15, 8, 'better', true],
		[15, 11, 'better', false],
		[12, 17, 'worse', true],
		[12, 14, 'worse', false],
		[9, 9, 'same', false]
	])('PHQ-9 from %i to %i is %s (meaningful: %s)', (from, to, direction, meaningful) => {
		const [trend] = buildTrends(PHQ9, [
			response(day(1), phqTotal(from)),
			response(day(2), phqTotal(to))
		]);
		expect(trend?.summary).toMatchObject({
			kind: 'change',
			first: { value: from, at: day(1) },
			latest: { value: to, at: day(2) },
			direction,
			meaningful
		});
	});

	// PSEQ: higher is better, 7 points is meaningful.
	it.each<[number, number, string, boolean]>([
		[20, 30, 'better', true],
		[30, 25, 'worse', false],
		[41, 30, 'worse', true]
	])('PSEQ from %i to %i is %s (meaningful: %s)', (from, to, direction, meaningful) => {
		const [trend] = buildTrends(PSEQ, [
			response(day(1), pseqTotal(from)),
			response(day(5), pseqTotal(to))
		]);
		expect(trend?.summary).toMatchObject({ kind: 'change', direction, meaningful });
	});

	it('shows a response that could not be scored as a gap, never as 0, and compares around it', () => {
		const missingItem = phq9.score(items(PHQ9_ITEMS, [1, 1, 1, null, 1, 1, 1, 1, 0]));
		const [trend] = buildTrends(PHQ9, [
			response(day(1), phqTotal(14)),
			response(day(2), missingItem),
			response(day(3), null),
			response(day(4), phqTotal(6)),
			response(day(5), null)
		]);
		expect(trend?.points.map((p) => p.value)).toEqual([14, null, null, 6, null]);
		expect(trend?.points.map((p) => p.band?.id ?? null)).toEqual([
			'moderate',
			null,
			null,
			'mild',
			null
		]);
		expect(trend?.summary).toMatchObject({
			kind: 'change',
			first: { value: 14 },
			latest: { value: 6, at: day(4) },
			direction: 'better',
			meaningful: true
		});
	});

	it('says when no response could be scored, and when only one could', () => {
		const [none] = buildTrends(PHQ9, [response(day(1), null), response(day(2), null)]);
		expect(none?.summary).toEqual({ kind: 'unscored', count: 2 });
		const [one] = buildTrends(PHQ9, [response(day(1), null), response(day(2), phqTotal(3))]);
		expect(one?.summary).toMatchObject({ kind: 'single', point: { value: 3, at: day(2) } });
	});

	it('follows each BPI score on its own: severity and interference', () => {
		const bpiOf = (severity: number, interference: (number | null)[]) =>
			bpi.score({
				...items(BPI_SEVERITY_ITEMS, Array(4).fill(severity)),
				...items(BPI_INTERFERENCE_ITEMS, interference)
			});
		const trends = buildTrends(`${QUESTIONNAIRE_BASE}bpi-sf`, [
			response(day(1), bpiOf(8, Array(7).fill(6))),
			response(day(2), bpiOf(5, Array(7).fill(4))),
			response(day(3), bpiOf(5, [4, 4, 4, null, null, null, null]))
		]);
		expect(trends.map((trend) => trend.scale.scoreId)).toEqual(['severity', 'interference']);
		// Severity 8 → 5 is a 37.5 % fall: meaningful (30 %).
		expect(trends[0]?.summary).toMatchObject({ direction: 'better', meaningful: true });
		// Interference could not be scored last time (3 of 7): compared up to the one before.
		expect(trends[1]?.points.map((p) => p.value)).toEqual([6, 4, null]);
		expect(trends[1]?.summary).toMatchObject({
			latest: { value: 4, at: day(2) },
			direction: 'better',
			meaningful: true
		});
	});

	it('lists EQ-5D-5L profiles only when complete, and judges the VAS without a meaningful change', () => {
		const eq = (levels: (number | null)[], vas: number) =>
			eq5d5l.score({ ...items(EQ5D_DIMENSIONS, levels), [EQ5D_VAS]: vas });
		const [profile, vas] = buildTrends(`${QUESTIONNAIRE_BASE}eq-5d-5l`, [
			response(day(1), eq([2, 1, 3, 4, 2], 50)),
			response(day(2), eq([2, null, 3, 4, 2], 55)),
			response(day(3), eq([1, 1, 3, 4, 1], 70))
		]);
		expect(profile?.scale.kind).toBe('code');
		expect(profile?.points.map((p) => [p.code, p.value])).toEqual([
			['21342', null],
			[null, null],
			['11341', null]
		]);
		expect(profile?.summary).toMatchObject({ kind: 'change', direction: 'better' });
		expect(vas?.summary).toMatchObject({ direction: 'better', meaningful: null });
		expect(vas?.scale).toMatchObject({ min: 0, max: 100 });
	});

	it('does not judge a PEG change from 0, nor a Friends and Family answer', () => {
		const [pegTrend] = buildTrends(`${QUESTIONNAIRE_BASE}peg-3`, [
			response(day(1), peg.score(items(PEG_ITEMS, [0, 0, 0]))),
			response(day(2), peg.score(items(PEG_ITEMS, [3, 2, 2])))
		]);
		expect(pegTrend?.summary).toMatchObject({
			latest: { value: 2.33 },
			direction: 'worse',
			meaningful: null
		});
		const [fftTrend] = buildTrends(`${QUESTIONNAIRE_BASE}fft`, [
			response(day(1), fft.score({ [FFT_ITEM]: 4 })),
			response(day(2), fft.score({ [FFT_ITEM]: 1 }))
		]);
		expect(fftTrend?.scale.kind).toBe('answer');
		expect(fftTrend?.summary).toMatchObject({
			first: { band: { id: 'poor' } },
			latest: { band: { id: 'very-good' } },
			direction: null,
			meaningful: null
		});
	});
});
