import { describe, expect, it } from 'vitest';
import { isPainScore } from './validate';

describe('isPainScore', () => {
	it.each([0, 1, 5, 10])('accepts %d', (value) => expect(isPainScore(value)).toBe(true));
	it.each([null, undefined, -1, 11, 2.5, '5', Number.NaN])('refuses %s', (value) =>
		expect(isPainScore(value)).toBe(false)
	);
});
