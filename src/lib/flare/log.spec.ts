import { describe, expect, it } from 'vitest';
import { collectTriggers, entryFrom, formFor, readFlareForm, type FlareForm } from './log';
import type { FlareLogEntry } from './types';

const LONDON = 'Europe/London';
// 29 March 2026 is the day UK clocks go forward (01:00 GMT → 02:00 BST).
const now = new Date('2026-04-10T13:45:30Z'); // 14:45 BST

const form = (overrides: Partial<FlareForm> = {}): FlareForm => ({
	startDate: { day: '10', month: '4', year: '2026' },
	startTime: '09:00',
	severity: 7,
	planTriggers: [],
	otherTriggers: '',
	whatIDid: '',
	whatHelped: '',
	status: 'ongoing',
	endDate: { day: '', month: '', year: '' },
	endTime: '',
	send: false,
	...overrides
});
const read = (overrides: Partial<FlareForm> = {}, timeZone = LONDON) =>
	readFlareForm(form(overrides), { now, timeZone });
const errorsOf = (overrides: Partial<FlareForm>) => {
	const result = read(overrides);
	return result.ok ? [] : result.errors;
};

const entry: FlareLogEntry = {
	id: 'f1',
	startedAt: '2026-04-08T07:30:00.000Z',
	endedAt: '2026-04-09T19:05:00.000Z',
	severity: 8,
	triggers: ['Cold weather', 'Gardening'],
	whatIDid: 'Rested',
	whatHelped: 'Heat pad',
	send: true,
	createdAt: '2026-04-08T08:00:00.000Z',
	updatedAt: '2026-04-09T19:10:00.000Z'
};

describe('readFlareForm', () => {
	it('reads a flare still going, in the person’s time zone', () => {
		expect(read()).toEqual({
			ok: true,
			value: {
				startedAt: '2026-04-10T08:00:00.000Z', // 09:00 BST
				endedAt: null,
				severity: 7,
				triggers: [],
				whatIDid: '',
				whatHelped: '',
				send: false
			}
		});
	});

	it('reads an ended flare with triggers and notes, trimmed', () => {
		const result = read({
			startDate: { day: ' 8 ', month: '04', year: '2026' },
			startTime: '8.30',
			status: 'ended',
			endDate: { day: '9', month: '4', year: '2026' },
			endTime: '8:05pm',
			planTriggers: ['Cold weather'],
			otherTriggers: 'gardening\n\n  cold   weather \nLong drive',
			whatIDid: '  Rested  ',
			whatHelped: 'Heat pad\n',
			send: true
		});
		expect(result).toEqual({
			ok: true,
			value: {
				startedAt: '2026-04-08T07:30:00.000Z',
				endedAt: '2026-04-09T19:05:00.000Z',
				severity: 7,
				triggers: ['Cold weather', 'gardening', 'Long drive'],
				whatIDid: 'Rested',
				whatHelped: 'Heat pad',
				send: true
			}
		});
	});

	it('ignores the end boxes while the flare is still going', () => {
		const result = read({ endDate: { day: '99', month: '', year: 'x' }, endTime: 'soon' });
		expect(result.ok && result.value.endedAt).toBe(null);
	});

	it.each<[string, Partial<FlareForm>, Array<[string, string]>]>([
		[
			'no start day',
			{ startDate: { day: '', month: '4', year: '2026' } },
			[['start-date-day', 'start_date_missing']]
		],
		[
			'no start month',
			{ startDate: { day: '1', month: ' ', year: '2026' } },
			[['start-date-month', 'start_date_missing']]
		],
		[
			'no start year',
			{ startDate: { day: '1', month: '4', year: '' } },
			[['start-date-year', 'start_date_missing']]
		],
		[
			'31 April',
			{ startDate: { day: '31', month: '4', year: '2026' } },
			[['start-date-day', 'start_date_invalid']]
		],
		[
			'29 February in a common year',
			{ startDate: { day: '29', month: '2', year: '2026' } },
			[['start-date-day', 'start_date_invalid']]
		],
		[
			'a two-digit year',
			{ startDate: { day: '1', month: '4', year: '26' } },
			[['start-date-day', 'start_date_invalid']]
		],
		[
			'letters in the date',
			{ startDate: { day: 'one', month: '4', year: '2026' } },
			[['start-date-day', 'start_date_invalid']]
		],
		['no start time', { startTime: '  ' }, [['start-time', 'start_time_missing']]],
		['a start time of 25:00', { startTime: '25:00' }, [['start-time', 'start_time_invalid']]],
		['a start time of "morning"', { startTime: 'morning' }, [['start-time', 'start_time_invalid']]],
		[
			'a start later today',
			{ startTime: '14:46' }, // now is 14:45:30 BST
			[['start-date-day', 'start_future']]
		],
		[
			'a start tomorrow',
			{ startDate: { day: '11', month: '4', year: '2026' } },
			[['start-date-day', 'start_future']]
		],
		['no severity', { severity: null }, [['severity', 'severity_missing']]],
		['a severity of 11', { severity: 11 }, [['severity', 'severity_missing']]],
		['a severity of -1', { severity: -1 }, [['severity', 'severity_missing']]],
		['a severity of 2.5', { severity: 2.5 }, [['severity', 'severity_missing']]],
		['no answer to "still going"', { status: null }, [['status', 'status_missing']]],
		[
			'ended with no end date',
			{ status: 'ended', endTime: '10:00' },
			[['end-date-day', 'end_date_missing']]
		],
		[
			'ended with no end time',
			{ status: 'ended', endDate: { day: '10', month: '4', year: '2026' } },
			[['end-time', 'end_time_missing']]
		],
		[
			'an end time that is not a time',
			{ status: 'ended', endDate: { day: '10', month: '4', year: '2026' }, endTime: '13:60' },
			[['end-time', 'end_time_invalid']]
		],
		[
			'an end before the start',
			{ status: 'ended', endDate: { day: '10', month: '4', year: '2026' }, endTime: '08:59' },
			[['end-date-day', 'end_before_start']]
		],
		[
			'an end at the very start',
			{ status: 'ended', endDate: { day: '10', month: '4', year: '2026' }, endTime: '09:00' },
			[['end-date-day', 'end_before_start']]
		],
		[
			'an end in the future',
			{ status: 'ended', endDate: { day: '10', month: '4', year: '2026' }, endTime: '15:00' },
			[['end-date-day', 'end_future']]
		],
		[
			'21 triggers',
			{ otherTriggers: Array.from({ length: 21 }, (_, i) => `Trigger ${i}`).join('\n') },
			[['other-triggers', 'too_many_triggers']]
		],
		[
			'a trigger of 201 characters',
			{ otherTriggers: 'x'.repeat(201) },
			[['other-triggers', 'trigger_too_long']]
		],
		[
			'2,001 characters of what I did',
			{ whatIDid: 'x'.repeat(2001) },
			[['what-i-did', 'what_i_did_too_long']]
		],
		[
			'2,001 characters of what helped',
			{ whatHelped: 'x'.repeat(2001) },
			[['what-helped', 'what_helped_too_long']]
		],
		[
			'everything wrong at once',
			{ startTime: '', severity: null, status: null },
			[
				['start-time', 'start_time_missing'],
				['severity', 'severity_missing'],
				['status', 'status_missing']
			]
		]
	])('refuses %s, naming the field', (_, overrides, expected) => {
		expect(errorsOf(overrides)).toEqual(
			expected.map(([field, key]) => ({ field, key: `flarelog:errors.${key}` }))
		);
	});

	it.each([
		// Clocks went back on 26 October 2025: 01:30 happened twice; the first is meant.
		['26', '10', '01:30', '2025-10-26T00:30:00.000Z', '2025'],
		// Clocks go forward on 29 March 2026: 01:30 never happens; read as 02:30 BST.
		['29', '3', '01:30', '2026-03-29T01:30:00.000Z', '2026'],
		['29', '3', '00:59', '2026-03-29T00:59:00.000Z', '2026'],
		['29', '3', '02:00', '2026-03-29T01:00:00.000Z', '2026'],
		['1', '1', '12am', '2026-01-01T00:00:00.000Z', '2026'],
		['1', '1', '12:15pm', '2026-01-01T12:15:00.000Z', '2026']
	])('reads %s/%s %s in London across clock changes', (day, month, time, iso, year) => {
		const result = read({ startDate: { day, month, year }, startTime: time });
		expect(result.ok && result.value.startedAt).toBe(iso);
	});

	it('reads the same wall-clock time in another time zone', () => {
		const result = read({}, 'Asia/Karachi'); // UTC+5, no daylight saving
		expect(result.ok && result.value.startedAt).toBe('2026-04-10T04:00:00.000Z');
	});
});

describe('collectTriggers', () => {
	it('keeps plan triggers first, then each line once, whatever its case', () => {
		expect(collectTriggers(['Stress'], 'stress\r\nPoor sleep\n  \nPoor  sleep')).toEqual([
			'Stress',
			'Poor sleep'
		]);
	});
});

describe('formFor', () => {
	const options = { now, timeZone: LONDON, planTriggers: ['Cold weather', 'Stress'] };

	it('starts a new flare now, still going, not sent', () => {
		expect(formFor(null, options)).toEqual(
			form({
				startTime: '14:45',
				severity: null,
				startDate: { day: '10', month: '4', year: '2026' }
			})
		);
	});

	it('fills in a flare to change, splitting plan triggers from the others', () => {
		const filled = formFor(entry, options);
		expect(filled).toEqual({
			startDate: { day: '8', month: '4', year: '2026' },
			startTime: '08:30',
			severity: 8,
			planTriggers: ['Cold weather'],
			otherTriggers: 'Gardening',
			whatIDid: 'Rested',
			whatHelped: 'Heat pad',
			status: 'ended',
			endDate: { day: '9', month: '4', year: '2026' },
			endTime: '20:05',
			send: true
		});
		// Reading it back gives the same flare: nothing is lost on the way.
		const back = readFlareForm(filled, { now, timeZone: LONDON });
		expect(back.ok && back.value).toMatchObject({
			startedAt: entry.startedAt,
			endedAt: entry.endedAt,
			triggers: entry.triggers
		});
	});
});

describe('entryFrom', () => {
	const draft = {
		startedAt: entry.startedAt,
		endedAt: null,
		severity: 5,
		triggers: [],
		whatIDid: '',
		whatHelped: '',
		send: false
	};

	it('makes a new flare with the given id', () => {
		expect(entryFrom(draft, { now, id: 'new' })).toEqual({
			...draft,
			id: 'new',
			createdAt: now.toISOString(),
			updatedAt: now.toISOString()
		});
	});

	it('changes a flare, keeping its id and when it was created', () => {
		const changed = entryFrom(draft, { now, id: 'ignored', previous: entry });
		expect(changed).toMatchObject({ id: 'f1', createdAt: entry.createdAt, severity: 5 });
		expect(changed.updatedAt).toBe(now.toISOString());
	});
});
