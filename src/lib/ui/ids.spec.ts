import { describe, expect, it } from 'vitest';
import { describedBy, errorId, hintId, itemId } from './ids';

describe('ids', () => {
	it('names hints and errors after the field', () => {
		expect(hintId('pain')).toBe('pain-hint');
		expect(errorId('pain')).toBe('pain-error');
	});

	it.each([
		[0, 'contact'],
		[1, 'contact-2'],
		[9, 'contact-10']
	])('numbers option %i as %s, the first keeping the bare id', (index, expected) => {
		expect(itemId('contact', index)).toBe(expected);
	});

	it.each([
		[{}, undefined],
		[{ hint: 'h' }, 'f-hint'],
		[{ error: 'e' }, 'f-error'],
		[{ hint: 'h', error: 'e' }, 'f-hint f-error'],
		[{ extra: 'other', hint: 'h', error: 'e' }, 'other f-hint f-error'],
		[{ hint: '', error: '' }, undefined]
	])('describes %o as %s', (parts, expected) => {
		expect(describedBy('f', parts)).toBe(expected);
	});
});
