import { describe, expect, it } from 'vitest';
import { gad7, GAD7_ITEMS } from './gad7';
import { items, spread } from './test-support';

const gad = (values: readonly (number | null)[]) => gad7.score(items(GAD7_ITEMS, values));

describe('GAD-7', () => {
	it.each<[number, string, boolean]>([
		[0, 'minimal', false],
		[4, 'minimal', false],
		[5, 'mild', false],
		[9, 'mild', false],
		[10, 'moderate', true],
		[14, 'moderate', true],
		[15, 'severe', true],
		[21, 'severe', true]
	])('scores a total of %i as %s (assessment %s)', (total, band, assess) => {
		const result = gad(spread(7, total, 3));
		expect(result.scores[0]).toMatchObject({ value: total, loinc: '70274-6' });
		expect(result.scores[0]?.band?.id).toBe(band);
		expect(result.flags).toEqual(assess ? ['gad7-assessment'] : []);
	});

	it('gives no total, and no flag, with an item missing', () => {
		const result = gad([3, 3, 3, 3, 3, 3, null]);
		expect(result.scores[0]).toMatchObject({ value: null, missing: ['gad7-7'] });
		expect(result.flags).toEqual([]);
	});

	it.each<[number, number, boolean]>([
		[12, 8, true],
		[12, 9, false],
		[8, 12, true]
	])('a change from %i to %i is meaningful: %s (4 points)', (from, to, meaningful) => {
		const [change] = gad7.change(gad(spread(7, from, 3)), gad(spread(7, to, 3)));
		expect(change?.meaningful).toBe(meaningful);
	});
});
