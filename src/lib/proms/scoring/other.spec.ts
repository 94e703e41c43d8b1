import { describe, expect, it } from 'vitest';
import { collaborate, COLLABORATE_ITEMS } from './collaborate';
import { eq5d5l, eq5dProfile, EQ5D_DIMENSIONS, EQ5D_VAS, paretoChange } from './eq5d5l';
import { fft, fftCounts, FFT_ITEM } from './fft';
import { pseq, PSEQ_ITEMS } from './pseq';
import { items, spread } from './test-support';

describe('CollaboRATE', () => {
	it.each<[number[], string]>([
		[[9, 9, 9], 'top'],
		[[9, 9, 8], 'not-top'],
		[[0, 0, 0], 'not-top'],
		[[8, 9, 9], 'not-top']
	])('%j is %s', (values, band) => {
		const score = collaborate.score(items(COLLABORATE_ITEMS, values)).scores[0];
		expect(score?.band?.id).toBe(band);
	});

	it('gives no score with an item missing, and judges no change', () => {
		const missing = collaborate.score(items(COLLABORATE_ITEMS, [9, 9, null]));
		expect(missing.scores[0]).toMatchObject({ value: null, band: null });
		const full = collaborate.score(items(COLLABORATE_ITEMS, [9, 9, 9]));
		expect(collaborate.change(full, full)[0]?.meaningful).toBeNull();
	});
});

describe('Friends and Family Test', () => {
	it.each<[number, string]>([
		[1, 'very-good'],
		[2, 'good'],
		[3, 'neither'],
		[4, 'poor'],
		[5, 'very-poor'],
		[6, 'dont-know']
	])('answer %i is %s', (value, id) => {
		expect(fft.score({ [FFT_ITEM]: value }).scores[0]?.band?.id).toBe(id);
	});

	it('gives no result without an answer, and no change', () => {
		const result = fft.score({ 'fft-why': 3 });
		expect(result.scores[0]).toMatchObject({ value: null, band: null });
		expect(fft.change(result, result)).toEqual([]);
	});

	it('counts answers and the percentage positive (very good + good of all answers)', () => {
		const results = [1, 1, 2, 3, 5, 6, null].map((v) => fft.score({ [FFT_ITEM]: v }));
		expect(fftCounts(results)).toEqual({
			counts: { 'very-good': 2, good: 1, neither: 1, poor: 0, 'very-poor': 1, 'dont-know': 1 },
			total: 6,
			percentPositive: 50
		});
		expect(fftCounts([]).percentPositive).toBeNull();
	});
});

describe('EQ-5D-5L', () => {
	const eq = (levels: (number | null)[], vas: number | null) =>
		eq5d5l.score({ ...items(EQ5D_DIMENSIONS, levels), [EQ5D_VAS]: vas });

	it('gives the profile in dimension order and the VAS', () => {
		const result = eq([2, 1, 1, 4, 3], 65);
		expect(result.scores).toMatchObject([
			{ id: 'profile', code: '21143', missing: [] },
			{ id: 'vas', value: 65 }
		]);
	});

	it.each<[(number | null)[], string]>([
		[[1, 1, 1, 1, 1], '11111'],
		[[5, 5, 5, 5, 5], '55555'],
		[[2, null, 1, 4, 3], '29143'],
		[[2, 6, 1, 0, 3], '29193']
	])('codes %j as %s (9 = missing)', (levels, code) => {
		expect(eq5dProfile(items(EQ5D_DIMENSIONS, levels))).toBe(code);
	});

	it.each<[number | null, number | null]>([
		[0, 0],
		[100, 100],
		[101, null],
		[null, null]
	])('reads VAS %s as %s', (vas, expected) => {
		expect(eq([1, 1, 1, 1, 1], vas).scores[1]?.value).toBe(expected);
	});

	it.each<[string, string, string | null]>([
		['21143', '11132', 'better'],
		['11132', '21143', 'worse'],
		['21143', '12143', 'mixed'],
		['21143', '21143', 'same'],
		['29143', '11111', null]
	])('a change from %s to %s is %s (Pareto)', (from, to, direction) => {
		expect(paretoChange(from, to)).toBe(direction);
	});

	it('compares profile and VAS between responses, with no MCID', () => {
		const changes = eq5d5l.change(eq([2, 1, 1, 4, 3], 50), eq([1, 1, 1, 3, 2], 70));
		expect(changes).toMatchObject([
			{ scoreId: 'profile', direction: 'better', meaningful: null },
			{ scoreId: 'vas', delta: 20, direction: 'better', meaningful: null }
		]);
	});
});

describe('PSEQ', () => {
	const total = (sum: number) => pseq.score(items(PSEQ_ITEMS, spread(10, sum, 6)));

	it.each<[number, string]>([
		[0, 'low'],
		[19, 'low'],
		[20, 'some'],
		[30, 'some'],
		[31, 'fairly-high'],
		[40, 'fairly-high'],
		[41, 'high'],
		[60, 'high']
	])('scores a total of %i as %s', (sum, band) => {
		const score = total(sum).scores[0];
		expect(score?.value).toBe(sum);
		expect(score?.band?.id).toBe(band);
	});

	it('gives no total with an item missing or above 6', () => {
		const values = items(PSEQ_ITEMS, spread(10, 30, 6));
		expect(pseq.score({ ...values, 'pseq-4': null }).scores[0]?.value).toBeNull();
		expect(pseq.score({ ...values, 'pseq-4': 7 }).scores[0]?.missing).toEqual(['pseq-4']);
	});

	it.each<[number, number, string, boolean]>([
		[20, 27, 'better', true],
		[20, 26, 'better', false],
		[40, 33, 'worse', true]
	])('a change from %i to %i is %s, meaningful %s (7 points; higher is better)', (a, b, dir, m) => {
		expect(pseq.change(total(a), total(b))[0]).toMatchObject({ direction: dir, meaningful: m });
	});
});
