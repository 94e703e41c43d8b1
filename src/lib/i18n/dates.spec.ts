import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatShortDate, localIsoDate } from './dates';

describe('formatCalendarDate', () => {
	it.each([
		{ value: '2026-06-30', zone: 'Pacific/Auckland', want: '30 June 2026' },
		{ value: '2026-06-30', zone: 'America/Los_Angeles', want: '30 June 2026' },
		{ value: '2026-03-29T00:30:00Z', zone: 'Europe/London', want: '29 March 2026' },
		{ value: '2026-03-28T23:30:00Z', zone: 'Europe/London', want: '28 March 2026' },
		{ value: '2026-03-29T23:30:00Z', zone: 'Europe/London', want: '30 March 2026' },
		{ value: 'not a date', zone: 'Europe/London', want: 'not a date' }
	])('$value in $zone is $want', ({ value, zone, want }) => {
		expect(formatCalendarDate(value, 'en-GB', zone)).toBe(want);
	});
});

describe('localIsoDate', () => {
	it.each([
		{ now: '2026-03-29T00:30:00Z', zone: 'Europe/London', want: '2026-03-29' },
		{ now: '2026-03-29T23:30:00Z', zone: 'Europe/London', want: '2026-03-30' },
		{ now: '2026-10-25T00:30:00Z', zone: 'Europe/London', want: '2026-10-25' },
		{ now: '2026-01-01T10:00:00Z', zone: 'America/New_York', want: '2026-01-01' },
		{ now: '2026-01-01T03:00:00Z', zone: 'America/New_York', want: '2025-12-31' }
	])('$now in $zone is $want', ({ now, zone, want }) => {
		expect(localIsoDate(new Date(now), zone)).toBe(want);
	});
});

describe('formatShortDate', () => {
	it.each([
		{ value: '2026-03-29T23:30:00Z', withYear: false, want: '30 Mar' },
		{ value: '2026-03-28T23:30:00Z', withYear: true, want: '28 Mar 2026' },
		{ value: Date.UTC(2025, 11, 31, 12), withYear: true, want: '31 Dec 2025' }
	])('$value is $want in Europe/London', ({ value, withYear, want }) => {
		expect(formatShortDate(value, 'en-GB', { withYear, timeZone: 'Europe/London' })).toBe(want);
	});
});
