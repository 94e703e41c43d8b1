import { describe, expect, it } from 'vitest';
import { lineLocator, scanJs } from './js-scan.js';

/** @param {string} source */
const values = (source) => scanJs(source).strings.map((literal) => literal.value);

describe('scanJs', () => {
	it.each([
		['single and double quotes', `t('a:b'); t("c:d")`, ['a:b', 'c:d']],
		['escapes', String.raw`'it\'s' "a\"b" '\u0041\x42'`, ["it's", 'a"b', 'AB']],
		['line comments', `// t('a:b')\nx = 'c:d'`, ['c:d']],
		['block comments', `/* 'a:b' */ 'c:d' /** JSDoc ('e:f') */`, ['c:d']],
		['a regex with quotes', `s.replace(/['"]/g, '') + 'a:b'`, ['', 'a:b']],
		['a regex with a slash in a class', `x = /[/']/; y = 'a:b'`, ['a:b']],
		['division is not a regex', `a = b / 2; c = d / 4 + 'a:b'`, ['a:b']],
		['regex after return', `return /'/.test(x) ? 'a:b' : ''`, ['a:b', '']],
		[
			'a URL in a string is not a comment',
			`x = 'https://e.org'; y = 'a:b'`,
			['https://e.org', 'a:b']
		],
		['TypeScript types', `const v: Record<L, 'one' | 'two'> = { a: 'one' }`, ['one', 'two', 'one']]
	])('reads %s', (_name, source, expected) => {
		expect(values(source)).toEqual(expected);
	});

	it('reads template literals and the strings inside their substitutions', () => {
		const strings = scanJs('`plain` + `a ${t(`x:${y}`) + "in:side"} b`').strings;
		expect(strings.map((s) => [s.value, s.quote, s.hasSubstitution])).toEqual([
			['plain', '`', false],
			['x:${y}', '`', true],
			['in:side', '"', false],
			['a ${t(`x:${y}`) + "in:side"} b', '`', true]
		]);
	});

	it('stops at the brace that closes a Svelte expression', () => {
		const source = "{() => { a = { b: '}' }; }} rest";
		const { end } = scanJs(source, 1, true);
		expect(source.slice(end)).toBe('} rest');
	});

	it('gives the offsets of each literal', () => {
		const [literal] = scanJs("x = 'a:b'").strings;
		expect(literal).toMatchObject({ start: 4, end: 9 });
	});
});

describe('lineLocator', () => {
	it('maps offsets to 1-based lines', () => {
		const lineOf = lineLocator('a\nbc\n\nd');
		expect([0, 1, 2, 3, 4, 5, 6].map(lineOf)).toEqual([1, 1, 2, 2, 2, 3, 4]);
	});
});
