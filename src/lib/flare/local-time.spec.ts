import { describe, expect, it } from 'vitest';
import { fromLocal, isRealDate, parseTime, toLocal } from './local-time';

describe('toLocal and fromLocal', () => {
	it.each([
		[
			'2026-01-15T12:00:00.000Z',
			'Europe/London',
			{ year: 2026, month: 1, day: 15, hour: 12, minute: 0 }
		],
		[
			'2026-07-15T12:00:00.000Z',
			'Europe/London',
			{ year: 2026, month: 7, day: 15, hour: 13, minute: 0 }
		],
		[
			'2026-07-15T23:30:00.000Z',
			'Asia/Karachi',
			{ year: 2026, month: 7, day: 16, hour: 4, minute: 30 }
		],
		[
			'2026-07-15T02:00:00.000Z',
			'America/New_York',
			{ year: 2026, month: 7, day: 14, hour: 22, minute: 0 }
		],
		[
			'2026-03-29T01:00:00.000Z',
			'Europe/London',
			{ year: 2026, month: 3, day: 29, hour: 2, minute: 0 }
		]
	])('%s in %s, there and back', (iso, zone, local) => {
		expect(toLocal(new Date(iso), zone)).toEqual(local);
		expect(fromLocal(local, zone).toISOString()).toBe(iso);
	});

	it('reads midnight as hour 0, not 24', () => {
		expect(toLocal(new Date('2026-05-01T23:00:00Z'), 'Europe/London')).toMatchObject({
			day: 2,
			hour: 0
		});
	});

	it('takes the first of a time that happens twice, and skips a time that never happens', () => {
		const twice = { year: 2026, month: 10, day: 25, hour: 1, minute: 15 };
		expect(fromLocal(twice, 'Europe/London').toISOString()).toBe('2026-10-25T00:15:00.000Z');
		const never = { year: 2026, month: 3, day: 29, hour: 1, minute: 15 };
		expect(fromLocal(never, 'Europe/London').toISOString()).toBe('2026-03-29T01:15:00.000Z');
	});
});

describe('isRealDate', () => {
	it.each([
		[2024, 2, 29, true],
		[2026, 2, 29, false],
		[2026, 4, 31, false],
		[2026, 12, 31, true],
		[2026, 13, 1, false],
		[2026, 0, 1, false],
		[2026, 1, 0, false],
		[2026, 1.5, 1, false]
	])('%d-%d-%d is %s', (year, month, day, expected) =>
		expect(isRealDate(year, month, day)).toBe(expected)
	);
});

describe('parseTime', () => {
	it.each([
		['14:30', { hour: 14, minute: 30 }],
		['9:05', { hour: 9, minute: 5 }],
		['14.30', { hour: 14, minute: 30 }],
		['2pm', { hour: 14, minute: 0 }],
		['2:30 PM', { hour: 14, minute: 30 }],
		['12am', { hour: 0, minute: 0 }],
		['12 p.m.', { hour: 12, minute: 0 }]
	])('reads %s', (text, expected) => expect(parseTime(text)).toEqual(expected));

	it.each(['14', '24:00', '13pm', '0am', '1:5', 'noon', ''])('refuses %s', (text) =>
		expect(parseTime(text)).toBeNull()
	);
});
