import { describe, expect, it } from 'vitest';
import { phq9, PHQ9_ITEMS } from './phq9';
import { items, spread } from './test-support';

const phq = (values: readonly (number | null)[]) => phq9.score(items(PHQ9_ITEMS, values));

describe('PHQ-9', () => {
	// Every band edge, worked by hand: items spread so item 9 stays 0 unless the total needs it.
	it.each<[number, string]>([
		[0, 'minimal'],
		[4, 'minimal'],
		[5, 'mild'],
		[9, 'mild'],
		[10, 'moderate'],
		[14, 'moderate'],
		[15, 'moderately-severe'],
		[19, 'moderately-severe'],
		[20, 'severe'],
		[24, 'severe']
	])('scores a total of %i as %s', (total, band) => {
		const result = phq(spread(9, total, 3));
		expect(result.scores[0]).toMatchObject({ id: 'total', value: total, loinc: '44261-6' });
		expect(result.scores[0]?.band?.id).toBe(band);
		expect(result.flags).toEqual([]);
	});

	it('scores all "nearly every day" as 27, severe, flagged', () => {
		const result = phq(Array(9).fill(3));
		expect(result.scores[0]?.value).toBe(27);
		expect(result.scores[0]?.band?.id).toBe('severe');
		expect(result.flags).toEqual(['phq9-item9']);
	});

	it('works a mixed example by hand: 1+2+0+3+1+0+2+1+0 = 10, moderate', () => {
		const result = phq([1, 2, 0, 3, 1, 0, 2, 1, 0]);
		expect(result.scores[0]?.value).toBe(10);
		expect(result.scores[0]?.band?.name).toBe('proms:band.phq9.moderate.name');
	});

	it.each([1, 2, 3])('flags item 9 = %i whatever the total, even a minimal one', (item9) => {
		const result = phq([0, 0, 0, 0, 0, 0, 0, 0, item9]);
		expect(result.scores[0]?.value).toBe(item9);
		expect(result.scores[0]?.band?.id).toBe('minimal');
		expect(result.flags).toEqual(['phq9-item9']);
	});

	it('flags item 9 even when other items are missing and there is no total', () => {
		const result = phq([null, null, 1, null, null, null, null, null, 2]);
		expect(result.scores[0]?.value).toBeNull();
		expect(result.scores[0]?.band).toBeNull();
		expect(result.flags).toEqual(['phq9-item9']);
	});

	it('flags an out-of-range item 9 rather than hiding it', () => {
		expect(phq([0, 0, 0, 0, 0, 0, 0, 0, 7]).flags).toEqual(['phq9-item9']);
	});

	it.each<[string, (number | null)[], string[]]>([
		['one item missing', [1, 1, 1, 1, null, 1, 1, 1, 0], ['phq9-5']],
		['item 9 missing', [1, 1, 1, 1, 1, 1, 1, 1, null], ['phq9-9']],
		['a value above 3', [1, 1, 1, 4, 1, 1, 1, 1, 0], ['phq9-4']],
		['a fraction', [1, 1.5, 1, 1, 1, 1, 1, 1, 0], ['phq9-2']],
		['a negative value', [-1, 1, 1, 1, 1, 1, 1, 1, 0], ['phq9-1']]
	])('gives no total with %s', (_, values, missing) => {
		const result = phq(values);
		expect(result.scores[0]?.value).toBeNull();
		expect(result.scores[0]?.missing).toEqual(missing);
	});

	it('ignores item 10 (difficulty)', () => {
		const result = phq9.score({ ...items(PHQ9_ITEMS, Array(9).fill(1)), 'phq9-10': 3 });
		expect(result.scores[0]?.value).toBe(9);
	});

	it.each<[number, number, string, boolean]>([
		[15, 10, 'better', true],
		[15, 11, 'better', false],
		[10, 15, 'worse', true],
		[10, 14, 'worse', false],
		[12, 12, 'same', false]
	])(
		'a change from %i to %i is %s, meaningful %s (5 points)',
		(from, to, direction, meaningful) => {
			const [change] = phq9.change(phq(spread(9, from, 3)), phq(spread(9, to, 3)));
			expect(change).toMatchObject({ delta: to - from, direction, meaningful });
		}
	);

	it('does not judge a change when either response has no total', () => {
		const [change] = phq9.change(phq(Array(9).fill(null)), phq(Array(9).fill(1)));
		expect(change).toMatchObject({ from: null, to: 9, delta: null, meaningful: null });
	});
});
