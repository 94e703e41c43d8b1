import { describe, expect, it } from 'vitest';
import { formatNhsNumber, isValidNhsNumber, nhsCheckDigit, normaliseNhsNumber } from './nhs-number';

describe('isValidNhsNumber', () => {
	it.each([
		['9434765919', 'the worked example'],
		['943 476 5919', 'grouped with spaces'],
		['943-476-5919', 'grouped with hyphens'],
		[' 9434765919 ', 'with spaces around'],
		// 1·2 = 2; 11 − 2 = 9
		['0000000019', 'check digit 9'],
		// 2·3 + 8·2 = 22; 22 mod 11 = 0; 11 − 0 = 11, which becomes 0
		['0000000280', 'check digit 11 becomes 0']
	])('accepts %s (%s)', (text) => {
		expect(isValidNhsNumber(text)).toBe(true);
	});

	it.each([
		['9434765918', 'wrong check digit'],
		// 1·3 = 3; 11 − 3 = 8
		['0000000010', 'check digit should be 8'],
		// 6·2 = 12; 12 mod 11 = 1; 11 − 1 = 10: never issued, whatever the last digit
		['0000000060', 'check digit 10, last digit 0'],
		['0000000061', 'check digit 10, last digit 1'],
		['943476591', 'nine digits'],
		['94347659190', 'eleven digits'],
		['94347659I9', 'a letter'],
		['９４３４７６５９１９', 'full-width digits'],
		['', 'empty'],
		['          ', 'only spaces']
	])('refuses %j (%s)', (text) => {
		expect(isValidNhsNumber(text)).toBe(false);
	});
});

describe('nhsCheckDigit', () => {
	it.each([
		['943476591', 9],
		['000000001', 9],
		['000000028', 0],
		['000000001', 9],
		['000000006', null]
	])('%s → %j', (nine, expected) => {
		expect(nhsCheckDigit(nine)).toBe(expected);
	});

	it('never accepts any last digit when the check would be 10', () => {
		for (let last = 0; last <= 9; last++) expect(isValidNhsNumber(`000000006${last}`)).toBe(false);
	});
});

describe('normaliseNhsNumber', () => {
	it.each([
		['943 476 5919', '9434765919'],
		['943-476-5919', '9434765919'],
		['\t9434765919\n', '9434765919'],
		['943 476 591', null],
		['nine', null]
	])('%j → %j', (text, expected) => {
		expect(normaliseNhsNumber(text)).toBe(expected);
	});
});

describe('formatNhsNumber', () => {
	it('groups 3 3 4', () => {
		expect(formatNhsNumber('9434765919')).toBe('943 476 5919');
	});
});
