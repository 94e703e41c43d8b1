import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './format';

describe('formatDate', () => {
	it('shows a calendar date as it is, whatever the time zone', () => {
		expect(formatDate('1970-05-04', 'en-GB')).toBe('4 May 1970');
	});

	it('shows an instant’s date in UK time', () => {
		// 23:30 UTC on 31 May is 00:30 on 1 June in British Summer Time.
		expect(formatDate('2026-05-31T23:30:00Z', 'en-GB')).toBe('1 June 2026');
		expect(formatDate('2026-01-31T23:30:00Z', 'en-GB')).toBe('31 January 2026');
	});

	it('leaves something that is not a date alone', () => {
		expect(formatDate('not a date', 'en-GB')).toBe('not a date');
	});
});

describe('formatDateTime', () => {
	it('shows UK time, with summer time', () => {
		expect(formatDateTime('2026-05-11T09:05:00Z', 'en-GB')).toBe('11 May 2026, 10:05');
		expect(formatDateTime('2026-12-11T09:05:00Z', 'en-GB')).toBe('11 Dec 2026, 09:05');
	});
});
