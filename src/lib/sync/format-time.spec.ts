import { describe, expect, it } from 'vitest';
import { formatDateTime, formatTime } from './format-time';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatDateTime and formatTime', () => {
	it('show the local time, across the clock change', () => {
		// 00:30 UTC on 29 March 2026 is before the UK clocks go forward; 01:30 UTC is after.
		expect(plain(formatDateTime('2026-03-29T00:30:00Z', 'en-GB', 'Europe/London'))).toBe(
			'29 Mar 2026, 00:30'
		);
		expect(plain(formatTime('2026-03-29T01:30:00Z', 'en-GB', 'Europe/London'))).toBe('02:30');
	});

	it('follow the language', () => {
		expect(plain(formatDateTime('2026-03-29T12:00:00Z', 'pl', 'UTC'))).toBe('29 mar 2026, 12:00');
	});
});
