import { describe, expect, it } from 'vitest';
import { directionOf, isLanguageCode, LANGUAGES, matchLanguage } from './languages';

describe('languages', () => {
	it('ships the seven languages of the brief, English (UK) first', () => {
		expect(LANGUAGES.map((language) => language.code)).toEqual([
			'en-GB',
			'cy',
			'pl',
			'ro',
			'pa',
			'ur',
			'ar'
		]);
	});

	it.each([
		['ur', 'rtl'],
		['ar', 'rtl'],
		['pa', 'ltr'],
		['cy', 'ltr'],
		['xx', 'ltr']
	])('%s is written %s', (code, dir) => expect(directionOf(code)).toBe(dir));

	it.each([
		[['cy-GB'], 'cy'],
		[['en-US', 'pl'], 'en-GB'],
		[['de-DE', 'ro-RO'], 'ro'],
		[['PA-in'], 'pa'],
		[['ja'], 'en-GB'],
		[[], 'en-GB']
	])('browser languages %j pick %s', (preferred, expected) => {
		expect(matchLanguage(preferred)).toBe(expected);
	});

	it('recognises only shipped language codes', () => {
		expect(isLanguageCode('ar')).toBe(true);
		expect(isLanguageCode('en')).toBe(false);
		expect(isLanguageCode(undefined)).toBe(false);
	});
});
