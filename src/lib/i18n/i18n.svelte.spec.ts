import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import settings from '$locales/en-GB/settings.json';
import storage from '$locales/en-GB/storage.json';
import urgent from '$locales/en-GB/urgent.json';
import { i18n, isolate, loadStrings, setLanguage, t } from './i18n.svelte';

afterEach(async () => {
	await setLanguage('en-GB');
});

describe('t', () => {
	it('translates a fully qualified key from a core namespace', () => {
		expect(t('common:sections.plan.label')).toBe('My plan');
	});

	it('interpolates values without HTML-escaping them (Svelte escapes on render)', () => {
		expect(t('common:app.page_title', { page: 'A & B' })).toBe('A & B – Tend');
	});

	it('uses the English of a namespace the code hands over', async () => {
		await loadStrings({ settings });
		expect(t('settings:text_size.larger')).toBe('Larger');
	});
});

describe('loadStrings', () => {
	it('takes the English the code ships with, with no file to fetch', async () => {
		// No locales file has this namespace: the strings can only come from the argument.
		await loadStrings({ page_only: { heading: 'Shipped with the page' } });
		expect(t('page_only:heading')).toBe('Shipped with the page');
	});

	it("fetches the current language's strings for those namespaces", async () => {
		await setLanguage('cy');
		await loadStrings({ settings });
		expect(t('settings:text_size.larger')).not.toBe('Larger');
		expect(i18next.getFixedT('en-GB')('settings:text_size.larger')).toBe('Larger');
	});

	it('keeps such a namespace when the language changes later', async () => {
		await loadStrings({ page_later: { word: 'English word' } });
		await setLanguage('pl');
		// No Polish file: the English fallback shows rather than a key.
		expect(t('page_later:word')).toBe('English word');
	});
});

describe('setLanguage', () => {
	it('switches every loaded namespace and the direction', async () => {
		await loadStrings({ urgent });
		await setLanguage('cy');
		expect(i18n.language).toBe('cy');
		expect(i18n.dir).toBe('ltr');
		expect(t('urgent:contacts.call_999')).not.toBe('Call 999');
		expect(t('urgent:contacts.call_999')).toContain('999');

		await setLanguage('ar');
		expect(i18n.dir).toBe('rtl');
		expect(t('common:sections.plan.label')).not.toBe('My plan');
	});

	it('loads a namespace asked for after the switch in the current language', async () => {
		await setLanguage('pl');
		await loadStrings({ storage });
		expect(t('storage:errors.quota_exceeded')).not.toBe(
			i18next.getFixedT('en-GB')('storage:errors.quota_exceeded')
		);
	});
});

describe('plurals and fallback', () => {
	// A test-only namespace: the plural rules come from Intl.PluralRules of each language.
	const items = {
		'en-GB': {
			items_one: '{{count}} item',
			items_other: '{{count}} items',
			only_english: 'English'
		},
		pl: {
			items_one: '{{count}} rzecz',
			items_few: '{{count}} rzeczy',
			items_many: '{{count}} rzeczy (many)',
			items_other: '{{count}} rzeczy (other)'
		},
		cy: {
			items_zero: 'dim',
			items_one: 'un',
			items_two: 'dau',
			items_few: 'tri',
			items_many: 'chwech',
			items_other: '{{count}} eitem'
		}
	};
	for (const [language, strings] of Object.entries(items))
		i18next.addResourceBundle(language, 'test', strings);

	it.each([
		['en-GB', 1, '1 item'],
		['en-GB', 5, '5 items'],
		['pl', 1, '1 rzecz'],
		['pl', 3, '3 rzeczy'],
		['pl', 5, '5 rzeczy (many)'],
		['cy', 0, 'dim'],
		['cy', 2, 'dau'],
		['cy', 3, 'tri'],
		['cy', 6, 'chwech'],
		['cy', 7, '7 eitem']
	] as const)('%s with count %i → %s', async (language, count, expected) => {
		await setLanguage(language);
		expect(t('test:items', { count })).toBe(expected);
	});

	it('falls back to English for a key a translation lacks', async () => {
		await setLanguage('pl');
		expect(t('test:only_english')).toBe('English');
	});
});

describe('isolate', () => {
	it('wraps a value in first-strong isolate and pop directional isolate marks', () => {
		expect([...isolate('116 123')].map((c) => c.codePointAt(0))).toEqual([
			0x2068, 0x31, 0x31, 0x36, 0x20, 0x31, 0x32, 0x33, 0x2069
		]);
	});
});
