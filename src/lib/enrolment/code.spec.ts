import { describe, expect, it } from 'vitest';
import { formatCode, normaliseCode } from './code';

describe('normaliseCode', () => {
	it.each([
		['ABCD-EFGH-JKMN', 'ABCDEFGHJKMN'],
		['abcd efgh jkmn', 'ABCDEFGHJKMN'],
		['  ab-cd-ef-gh-jk-mn ', 'ABCDEFGHJKMN'],
		['ABCD–EFGH–JKMN', 'ABCDEFGHJKMN'],
		['OIL0-1234-5678', '0110' + '12345678'],
		['0123456789AB', '0123456789AB']
	])('%s → %s', (input, code) => {
		expect(normaliseCode(input)).toBe(code);
	});

	it.each([
		['too short', 'ABCD-EFGH'],
		['too long', 'ABCD-EFGH-JKMN-P'],
		['U is never used', 'ABCD-EFGH-JKMU'],
		['not letters or digits', 'ABCD-EFGH-JK?N'],
		['empty', '']
	])('refuses %s', (_, input) => {
		expect(normaliseCode(input)).toBeNull();
	});
});

describe('formatCode', () => {
	it('groups in fours', () => {
		expect(formatCode('ABCDEFGHJKMN')).toBe('ABCD-EFGH-JKMN');
	});
});
