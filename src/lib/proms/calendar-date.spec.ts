import { describe, expect, it } from 'vitest';
import { addDays, addMonths, dateIn, isCalendarDate } from './calendar-date';

describe('calendar dates', () => {
	it.each<[string, number, string]>([
		['2026-08-31', 3, '2026-11-30'], // end of month: constrained, never 1 December
		['2026-11-30', 3, '2027-02-28'],
		['2027-11-30', 3, '2028-02-29'], // leap year
		['2026-01-31', 1, '2026-02-28'],
		['2026-03-15', 3, '2026-06-15'],
		['2026-10-31', 3, '2027-01-31'], // across a year end
		['2026-05-31', -3, '2026-02-28']
	])('%s plus %i months is %s', (date, months, expected) => {
		expect(addMonths(date, months)).toBe(expected);
	});

	it.each<[string, number, string]>([
		['2026-03-20', 14, '2026-04-03'], // across the March change (29 March 2026)
		['2026-10-20', 14, '2026-11-03'], // across the October change (25 October 2026)
		['2026-03-29', 1, '2026-03-30'], // the 23-hour day is still one day
		['2026-10-25', 1, '2026-10-26'], // the 25-hour day is still one day
		['2026-12-31', 1, '2027-01-01'],
		['2028-02-28', 1, '2028-02-29']
	])('%s plus %i days is %s', (date, days, expected) => {
		expect(addDays(date, days)).toBe(expected);
	});

	it.each<[string, string]>([
		['2026-03-28T23:30:00Z', '2026-03-28'], // GMT: London date = UTC date
		['2026-03-29T00:30:00Z', '2026-03-29'], // 00:30 GMT, half an hour before the change
		['2026-03-29T23:30:00Z', '2026-03-30'], // 00:30 BST the next day
		['2026-06-30T23:30:00Z', '2026-07-01'], // summer: London is a day ahead of UTC here
		['2026-10-24T23:30:00Z', '2026-10-25'], // 00:30 BST on the morning of the change
		['2026-10-25T00:30:00Z', '2026-10-25'], // 01:30 BST, first time round
		['2026-10-25T01:30:00Z', '2026-10-25'], // 01:30 GMT, second time round
		['2026-10-25T23:30:00Z', '2026-10-25'] // GMT again
	])('the instant %s is %s in London', (instant, expected) => {
		expect(dateIn(new Date(instant))).toBe(expected);
	});

	it('reads the date in another zone when asked', () => {
		expect(dateIn(new Date('2026-06-30T23:30:00Z'), 'UTC')).toBe('2026-06-30');
	});

	it.each(['2026-02-30', '2026-13-01', '26-01-01', '2026-1-1', ''])('refuses %j', (date) => {
		expect(isCalendarDate(date)).toBe(false);
		expect(() => addDays(date, 1)).toThrow(RangeError);
	});
});
