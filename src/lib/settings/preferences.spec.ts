import { describe, expect, it } from 'vitest';
import { parsePreferences, serialisePreferences } from './preferences';

describe('parsePreferences', () => {
	it('gives safe defaults when nothing is saved, following the browser language', () => {
		expect(parsePreferences(null, ['pl-PL', 'en'])).toEqual({
			language: 'pl',
			textSize: 'standard',
			contrast: 'standard',
			reduceMotion: false,
			readAloud: false
		});
	});

	it('falls back to English (UK) for a browser language Tend does not speak', () => {
		expect(parsePreferences(null, ['ja-JP']).language).toBe('en-GB');
	});

	it('keeps a saved choice over the browser language', () => {
		expect(parsePreferences('{"language":"ur"}', ['pl']).language).toBe('ur');
	});

	it('keeps valid fields and repairs damaged ones one by one', () => {
		const saved = JSON.stringify({
			language: 'xx',
			textSize: 'larger',
			contrast: 7,
			readAloud: true
		});
		expect(parsePreferences(saved, [])).toEqual({
			language: 'en-GB',
			textSize: 'larger',
			contrast: 'standard',
			reduceMotion: false,
			readAloud: true
		});
	});

	it.each(['not json', '[]', 'null', '"text"'])('survives corrupt storage %s', (saved) => {
		expect(parsePreferences(saved, ['cy']).language).toBe('cy');
	});

	it('round-trips through serialisePreferences', () => {
		const preferences = parsePreferences(
			'{"language":"ar","contrast":"high","reduceMotion":true}',
			[]
		);
		expect(parsePreferences(serialisePreferences(preferences), [])).toEqual(preferences);
	});
});
