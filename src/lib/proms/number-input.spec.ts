import { describe, expect, it } from 'vitest';
import { decimalMarks, numberInputText, parseNumberText } from './number-input';

describe('parseNumberText', () => {
	it.each<[string, string, boolean, number | null]>([
		['7', 'en-GB', true, 7],
		[' -3 ', 'en-GB', true, -3],
		['−3', 'en-GB', true, -3],
		['7.5', 'en-GB', true, null],
		['7.5', 'en-GB', false, 7.5],
		['70,25', 'en-GB', false, null],
		['1,500', 'en-GB', false, null],
		['70,25', 'pl', false, 70.25],
		['70.25', 'pl', false, 70.25],
		['70,25', 'ro', false, 70.25],
		// A full stop groups thousands in Romanian: never read "1.500" as one and a half.
		['1.500', 'ro', false, null],
		['70.25', 'cy', false, 70.25],
		['70,25', 'cy', false, null],
		['٧', 'ar', true, 7],
		['۸', 'ur', true, 8],
		['٤٫٥', 'ar', false, 4.5],
		['4.5', 'ar', false, 4.5],
		['1 000', 'pl', true, null],
		['4.', 'en-GB', false, null],
		['.5', 'en-GB', false, null],
		['4,5', 'pl', true, null],
		['seven', 'en-GB', true, null]
	])('%j in %s (whole: %s) is %s', (text, locale, isWhole, expected) => {
		expect(parseNumberText(text, locale, isWhole)).toBe(expected);
	});

	it('accepts a comma only where the language writes decimals with one', () => {
		expect(decimalMarks('en-GB').sort()).toEqual(['.', '٫']);
		expect(decimalMarks('pl').sort()).toEqual([',', '.', '٫']);
		expect(decimalMarks('ro').sort()).toEqual([',', '٫']);
	});
});

describe('numberInputText', () => {
	it('writes decimals as the language does, without grouping', () => {
		expect(numberInputText(70.25, 'en-GB')).toBe('70.25');
		expect(numberInputText(70.25, 'pl')).toBe('70,25');
		expect(numberInputText(1500.5, 'ro')).toBe('1500,5');
		expect(numberInputText(7, 'pl')).toBe('7');
	});

	it('reads back what it writes', () => {
		for (const locale of ['en-GB', 'cy', 'pl', 'ro', 'pa', 'ur', 'ar'])
			expect(parseNumberText(numberInputText(-12.75, locale), locale, false)).toBe(-12.75);
	});
});
