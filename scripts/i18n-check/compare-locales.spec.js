import { describe, expect, it } from 'vitest';
import { compareLocales, isSingleNumberCategory } from './compare-locales.js';
import { findPlaceholders, findPluralGroups, flattenLocale } from './locale-keys.js';
import { pluralCategoriesFor } from './check-repo.js';

/**
 * Findings as one string each, for compact expectations.
 * @param {import('./compare-locales.js').Finding[]} findings
 */
const lines = (findings) =>
	findings.map((f) => `${f.level === 'warning' ? 'warning ' : ''}${f.file}: ${f.message}`);

describe('flattenLocale', () => {
	it('flattens nested objects to dotted paths and keeps non-objects as leaves', () => {
		const flat = flattenLocale({ a: { b: 'x', c: { d: 'y' } }, e: ['z'], f: 3, 'g.h': 'bad' });
		expect([...flat.values.entries()]).toEqual([
			['a.b', 'x'],
			['a.c.d', 'y'],
			['e', ['z']],
			['f', 3],
			['g.h', 'bad']
		]);
		expect(flat.badNames).toEqual(['g.h']);
	});
});

describe('findPluralGroups', () => {
	it('groups suffixed keys only when the base has _one or _other', () => {
		const keys = ['items_one', 'items_other', 'items_zero', 'too_many', 'x.y_other'];
		const groups = findPluralGroups(keys);
		expect([...groups].map(([base, forms]) => [base, [...forms].sort()])).toEqual([
			['items', ['one', 'other', 'zero']],
			['x.y', ['other']]
		]);
	});
});

describe('findPlaceholders', () => {
	it.each([
		['Hello {{name}}', ['name']],
		['{{ count }} days, {{- raw}} and {{date, datetime}}', ['count', 'raw', 'date']],
		['No placeholders {here}', []]
	])('%s', (text, expected) => {
		expect([...findPlaceholders(text)]).toEqual(expected);
	});
});

describe('isSingleNumberCategory', () => {
	it.each([
		['en-GB', 'one', true],
		['en-GB', 'other', false],
		['ar', 'two', true],
		['ar', 'few', false],
		['cy', 'few', true],
		['pl', 'few', false],
		['pl', 'zero', true]
	])('%s %s → %s', (language, category, expected) => {
		expect(isSingleNumberCategory(language, category)).toBe(expected);
	});
});

describe('compareLocales', () => {
	const source = {
		common: {
			greeting: 'Hello, {{name}}',
			nav: { home: 'Home' },
			errors: { too_many: 'Too many' }
		},
		home: { items_one: 'One note', items_other: '{{count}} notes' }
	};

	it('passes a complete translation', () => {
		const pl = {
			common: {
				greeting: 'Cześć, {{name}}',
				nav: { home: 'Start' },
				errors: { too_many: 'Za dużo' }
			},
			home: {
				items_one: 'Jedna notatka',
				items_few: '{{count}} notatki',
				items_many: '{{count}} notatek',
				items_other: '{{count}} notatki'
			}
		};
		expect(compareLocales(source, { pl }, pluralCategoriesFor)).toEqual([]);
	});

	it('reports missing and extra namespace files', () => {
		const ro = { common: source.common, old: {} };
		const findings = compareLocales(source, { ro }, pluralCategoriesFor);
		expect(lines(findings)).toEqual([
			'locales/ro/home.json: missing namespace file (en-GB has home.json)',
			'locales/ro/old.json: extra namespace file (en-GB has no old.json)'
		]);
	});

	it('reports missing keys, stale keys, bad values and bad key names', () => {
		const pa = {
			common: {
				greeting: 'ਸਤ ਸ੍ਰੀ ਅਕਾਲ, {{name}}',
				nav: { home: '' },
				stale: 'x',
				'a.b': 'y'
			},
			home: { items_one: 'ਇੱਕ', items_other: 7 }
		};
		expect(lines(compareLocales(source, { pa }, pluralCategoriesFor))).toEqual([
			'locales/pa/common.json: key "a.b" has a "." or ":" in its name, so t() cannot reach it',
			'locales/pa/common.json: empty value for "nav.home"',
			'locales/pa/common.json: missing key "errors.too_many"',
			'locales/pa/common.json: stale key "stale" (not in the source language)',
			'locales/pa/common.json: stale key "a.b" (not in the source language)',
			'locales/pa/home.json: value of "items_other" is not a string'
		]);
	});

	it('checks the source language itself', () => {
		const broken = { common: { title: '', list_one: 'One', count: { n: null } } };
		expect(lines(compareLocales(broken, {}, pluralCategoriesFor))).toEqual([
			'locales/en-GB/common.json: empty value for "title"',
			'locales/en-GB/common.json: value of "count.n" is not a string',
			'locales/en-GB/common.json: missing key "list_other" (plural form of "list")'
		]);
	});

	it('requires exactly the plural forms of each language', () => {
		const cy = {
			common: source.common,
			home: { items_one: 'Un nodyn', items_two: 'Dau nodyn', items_other: '{{count}} nodyn' }
		};
		const pl = {
			common: source.common,
			home: {
				items_one: 'Jedna',
				items_two: 'Dwie',
				items_few: '{{count}}',
				items_many: '{{count}}',
				items_other: '{{count}}'
			}
		};
		expect(lines(compareLocales(source, { cy, pl }, pluralCategoriesFor))).toEqual([
			'locales/cy/home.json: missing key "items_few" (plural form of "items")',
			'locales/cy/home.json: missing key "items_many" (plural form of "items")',
			'locales/cy/home.json: missing key "items_zero" (plural form of "items")',
			'warning locales/pl/home.json: extra plural form "items_two" (pl does not use "two")'
		]);
	});

	it('treats _zero as optional where the language has no zero form', () => {
		const withZero = {
			home: { items_zero: 'No notes', items_one: 'One note', items_other: '{{count}} notes' }
		};
		const ro = {
			home: { items_one: 'O notă', items_few: '{{count}} note', items_other: '{{count}} de note' }
		};
		const pa = { home: { items_zero: 'ਕੋਈ ਨਹੀਂ', items_one: 'ਇੱਕ', items_other: '{{count}}' } };
		expect(compareLocales(withZero, { ro, pa }, pluralCategoriesFor)).toEqual([]);
	});

	it('checks placeholders against the source string', () => {
		const ur = {
			common: {
				greeting: 'سلام',
				nav: { home: '{{page}} ہوم' },
				errors: { too_many: 'بہت' }
			},
			home: { items_one: 'ایک نوٹ', items_other: 'نوٹس {{name}}' }
		};
		expect(lines(compareLocales(source, { ur }, pluralCategoriesFor))).toEqual([
			'locales/ur/common.json: key "greeting" is missing placeholder {{name}}',
			'locales/ur/common.json: key "nav.home" has unknown placeholder {{page}}',
			'locales/ur/home.json: key "items_other" is missing placeholder {{count}}',
			'locales/ur/home.json: key "items_other" has unknown placeholder {{name}}'
		]);
	});

	it('lets a plural form that stands for one number leave out {{count}}, but not others', () => {
		const ar = {
			home: {
				items_zero: 'لا ملاحظات',
				items_one: 'ملاحظة واحدة',
				items_two: 'ملاحظتان',
				items_few: 'ملاحظات',
				items_many: '{{count}} ملاحظة',
				items_other: '{{count}} ملاحظة'
			}
		};
		const home = { items_one: 'One note', items_other: '{{count}} notes' };
		expect(lines(compareLocales({ home }, { ar }, pluralCategoriesFor))).toEqual([
			'locales/ar/home.json: key "items_few" is missing placeholder {{count}}'
		]);
	});

	it('skips namespaces that could not be read', () => {
		const pl = { common: null, home: null };
		expect(compareLocales(source, { pl }, pluralCategoriesFor)).toEqual([]);
	});
});
