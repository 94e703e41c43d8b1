import { describe, expect, it } from 'vitest';
import { addressWithoutCode, codeFromUrl } from './address';

const at = (path: string) => new URL(path, 'https://tend.example');

describe('codeFromUrl', () => {
	it.each([
		['/link?code=ABCD-EFGH-JKMN', 'ABCD-EFGH-JKMN'],
		['/link#code=ABCD-EFGH-JKMN', 'ABCD-EFGH-JKMN'],
		['/link?code=%20abcd%20efgh%20jkmn%20', 'abcd efgh jkmn'],
		['/link', null],
		['/link?code=', null]
	])('%s → %s', (path, code) => {
		expect(codeFromUrl(at(path))).toBe(code);
	});
});

describe('addressWithoutCode', () => {
	it.each([
		['/link?code=ABCD-EFGH-JKMN', '/link'],
		['/link?code=X&lang=cy', '/link?lang=cy'],
		['/link#code=X', '/link'],
		['/link?a=1#code=X&b=2', '/link?a=1#b=2'],
		['/link#top', '/link#top']
	])('%s → %s', (path, clean) => {
		expect(addressWithoutCode(at(path))).toBe(clean);
	});
});
