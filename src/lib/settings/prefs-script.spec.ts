import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '$lib/i18n/languages';
import type { Preferences } from './types';
import { PREFERENCES_KEY } from './types';

// src/prefs.js runs before the app, outside the bundle. These tests run the real file
// and check it agrees with the app about the storage key and each language's direction.
interface FakeHtml {
	lang: string;
	dir: string;
	dataset: Record<string, string>;
	classes: Set<string>;
}

function runPrefsScript(saved: string | null) {
	const html: FakeHtml = { lang: '', dir: '', dataset: {}, classes: new Set() };
	const timers: Array<() => void> = [];
	const window: Record<string, unknown> = {};
	const store = new Map<string, string>(saved === null ? [] : [[PREFERENCES_KEY, saved]]);
	runInNewContext(readFileSync('src/prefs.js', 'utf8'), {
		window,
		localStorage: { getItem: (key: string) => store.get(key) ?? null },
		setTimeout: (run: () => void) => timers.push(run),
		document: {
			documentElement: {
				set lang(value: string) {
					html.lang = value;
				},
				set dir(value: string) {
					html.dir = value;
				},
				dataset: html.dataset,
				classList: {
					add: (c: string) => html.classes.add(c),
					remove: (c: string) => html.classes.delete(c)
				}
			}
		}
	});
	const api = window.tendPrefs as { key: string; apply(p: Partial<Preferences>): void };
	return { html, timers, api };
}

describe('src/prefs.js', () => {
	it('uses the same storage key as the app', () => {
		expect(runPrefsScript(null).api.key).toBe(PREFERENCES_KEY);
	});

	it.each(LANGUAGES.map((language) => [language.code, language.dir]))(
		'sets lang=%s and dir=%s before the page paints',
		(code, dir) => {
			const { html } = runPrefsScript(JSON.stringify({ language: code }));
			expect(html.lang).toBe(code);
			expect(html.dir).toBe(dir);
		}
	);

	it('applies text size, contrast and motion', () => {
		const { html } = runPrefsScript(
			JSON.stringify({ textSize: 'larger', contrast: 'high', reduceMotion: true })
		);
		expect(html.dataset).toEqual({ textSize: 'larger', contrast: 'high', motion: 'reduce' });
	});

	it('hides text only while a translation loads, and never for long', () => {
		const english = runPrefsScript(JSON.stringify({ language: 'en-GB' }));
		expect(english.html.classes.has('i18n-pending')).toBe(false);
		const welsh = runPrefsScript(JSON.stringify({ language: 'cy' }));
		expect(welsh.html.classes.has('i18n-pending')).toBe(true);
		welsh.timers.forEach((run) => run());
		expect(welsh.html.classes.has('i18n-pending')).toBe(false);
	});

	it('survives damaged storage with the defaults', () => {
		const { html } = runPrefsScript('{not json');
		expect(html).toMatchObject({ lang: 'en-GB', dir: 'ltr' });
		expect(html.dataset).toEqual({ textSize: 'standard', contrast: 'standard', motion: 'system' });
	});
});
