import { describe, expect, it } from 'vitest';
import { bpi, BPI_INTERFERENCE_ITEMS, BPI_SEVERITY_ITEMS } from './bpi';
import { nrs, NRS_ITEM } from './nrs';
import { peg, PEG_ITEMS } from './peg';
import { items } from './test-support';

const pegOf = (values: readonly (number | null)[]) => peg.score(items(PEG_ITEMS, values));
const bpiOf = (severity: (number | null)[], interference: (number | null)[]) =>
	bpi.score({
		...items(BPI_SEVERITY_ITEMS, severity),
		...items(BPI_INTERFERENCE_ITEMS, interference)
	});

describe('PEG-3', () => {
	it.each<[number[], number]>([
		[[0, 0, 0], 0],
		[[10, 10, 10], 10],
		[[6, 7, 7], 6.67], // 20 / 3 = 6.666… → 6.67
		[[5, 4, 4], 4.33], // 13 / 3 = 4.333… → 4.33
		[[8, 6, 4], 6]
	])('scores %j as a mean of %d', (values, expected) => {
		expect(pegOf(values).scores[0]).toMatchObject({
			id: 'mean',
			value: expected,
			loinc: '91147-9'
		});
	});

	it.each<[string, (number | null)[]]>([
		['one item missing', [5, null, 5]],
		['a value above 10', [5, 11, 5]]
	])('gives no score with %s', (_, values) => {
		expect(pegOf(values).scores[0]?.value).toBeNull();
	});

	it.each<[number[], number[], string | null, boolean | null]>([
		[[6, 6, 6], [4, 4, 4], 'better', true], // 6 → 4: 33 % fall
		[[6, 6, 6], [4, 4, 5], 'better', false], // 6 → 4.33: 28 % fall
		[[10, 10, 10], [7, 7, 7], 'better', true], // exactly 30 %
		[[5, 5, 5], [7, 7, 7], 'worse', true], // 40 % rise
		[[0, 0, 0], [3, 3, 3], 'worse', null] // from 0: not judged
	])('a change from %j to %j is %s, meaningful %s', (from, to, direction, meaningful) => {
		const [change] = peg.change(pegOf(from), pegOf(to));
		expect(change).toMatchObject({ direction, meaningful });
	});

	it('counts an exact 30 % fall between rounded means (10/3 → 7/3) as meaningful', () => {
		const [change] = peg.change(pegOf([4, 3, 3]), pegOf([3, 2, 2]));
		expect(change).toMatchObject({ from: 3.33, to: 2.33, meaningful: true });
	});
});

describe('pain NRS', () => {
	it.each([0, 5, 10])('the score is the answer, %i', (value) => {
		expect(nrs.score({ [NRS_ITEM]: value }).scores[0]).toMatchObject({
			value,
			loinc: '72514-3',
			missing: []
		});
	});

	it('gives no score without an answer', () => {
		expect(nrs.score({}).scores[0]).toMatchObject({ value: null, missing: [NRS_ITEM] });
	});

	it.each<[number, number, boolean]>([
		[10, 7, true],
		[10, 8, false],
		[5, 3, true]
	])('a fall from %i to %i is meaningful: %s (30 %)', (from, to, meaningful) => {
		const [change] = nrs.change(nrs.score({ [NRS_ITEM]: from }), nrs.score({ [NRS_ITEM]: to }));
		expect(change?.meaningful).toBe(meaningful);
	});
});

describe('BPI short form', () => {
	it('works an example by hand: severity (7+3+5+6)/4 = 5.25, interference 35/7 = 5', () => {
		const result = bpiOf([7, 3, 5, 6], [5, 6, 4, 5, 7, 3, 5]);
		expect(result.scores.map((s) => [s.id, s.value])).toEqual([
			['severity', 5.25],
			['interference', 5]
		]);
	});

	it.each<[string, (number | null)[], number | null]>([
		['all 7 answered', [1, 2, 3, 4, 5, 6, 7], 4],
		['4 of 7 answered: the mean of those 4', [2, 4, null, 6, null, 8, null], 5],
		['3 of 7 answered: not scored', [2, 4, null, 6, null, null, null], null],
		['none answered', [null, null, null, null, null, null, null], null]
	])('interference with %s', (_, interference, expected) => {
		const score = bpiOf([5, 5, 5, 5], interference).scores[1];
		expect(score?.value).toBe(expected);
	});

	it('gives no severity with any of the four missing', () => {
		expect(bpiOf([5, 5, null, 5], [5, 5, 5, 5, 5, 5, 5]).scores[0]).toMatchObject({
			value: null,
			missing: ['bpi-5']
		});
	});

	it('judges severity by a 30 % fall and interference by 1 point', () => {
		const before = bpiOf([8, 4, 6, 6], [6, 6, 6, 6, 6, 6, 6]); // 6, 6
		const after = bpiOf([6, 3, 4, 4], [5, 5, 5, 5, 5, 5, 5]); // 4.25 (29 %), 5
		expect(bpi.change(before, after)).toMatchObject([
			{ scoreId: 'severity', delta: -1.75, direction: 'better', meaningful: false },
			{ scoreId: 'interference', delta: -1, direction: 'better', meaningful: true }
		]);
	});
});
