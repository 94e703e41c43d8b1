import { describe, expect, it } from 'vitest';
import { chunkText, pickVoice } from './read-aloud';

describe('chunkText', () => {
	it('speaks each sentence on its own', () => {
		expect(chunkText('Call 999 now.  Do not wait!\nIs it urgent? Yes')).toEqual([
			'Call 999 now.',
			'Do not wait!',
			'Is it urgent?',
			'Yes'
		]);
	});

	it('breaks long sentences between words, never beyond the limit', () => {
		const chunks = chunkText('word '.repeat(100), 50);
		expect(chunks.every((chunk) => chunk.length <= 50)).toBe(true);
		expect(chunks.join(' ')).toBe('word '.repeat(100).trim());
	});

	it('breaks after Urdu and Hindi/Panjabi sentence ends', () => {
		expect(chunkText('پہلا جملہ۔ دوسرا؟ ਪਹਿਲਾ। ਦੂਜਾ')).toEqual([
			'پہلا جملہ۔',
			'دوسرا؟',
			'ਪਹਿਲਾ।',
			'ਦੂਜਾ'
		]);
	});

	it('returns nothing for empty text', () => {
		expect(chunkText('   ')).toEqual([]);
	});
});

describe('pickVoice', () => {
	const voices = [
		{ lang: 'en-US', localService: true, default: true },
		{ lang: 'en-GB', localService: false },
		{ lang: 'en-GB', localService: true },
		{ lang: 'cy-GB', localService: true },
		{ lang: 'pl_PL', localService: false }
	];

	it('prefers the exact language on the device', () => {
		expect(pickVoice(voices, 'en-GB')).toBe(voices[2]);
	});

	it('falls back to the same primary language', () => {
		expect(pickVoice(voices, 'cy')).toBe(voices[3]);
		expect(pickVoice(voices, 'pl')).toBe(voices[4]);
	});

	it('gives no voice rather than a wrong-language one', () => {
		expect(pickVoice(voices, 'ur')).toBeUndefined();
		expect(pickVoice([], 'en-GB')).toBeUndefined();
	});
});
