import { describe, expect, it } from 'vitest';
import { schedule, type ScheduleInput } from './schedule';

const PHQ9 = 'https://fhir.tend.example/Questionnaire/phq-9';
const PEG = 'https://fhir.tend.example/Questionnaire/peg-3';
const input: ScheduleInput = {
	standard: [PHQ9],
	enrolledOn: '2026-03-20',
	dischargedOn: '2026-08-31',
	assigned: []
};
// An instant at 12:00 London time on a date (BST from 29 March to 25 October 2026).
const noon = (date: string) => new Date(`${date}T11:00:00Z`);

const statusOn = (now: Date, completed: { questionnaire: string; authored: string }[] = []) =>
	Object.fromEntries(schedule(input, completed, now).map((s) => [s.key, s.status]));

describe('questionnaire schedule', () => {
	it('plans baseline at enrolment, discharge, and 3 months after discharge (31 Aug → 30 Nov)', () => {
		expect(
			schedule(input, [], noon('2026-03-20')).map((s) => [s.occasion, s.opensOn, s.dueBy])
		).toEqual([
			['baseline', '2026-03-20', '2026-04-03'],
			['discharge', '2026-08-31', '2026-09-14'],
			['follow-up', '2026-11-30', '2026-12-14']
		]);
	});

	it.each<[string, Date, Record<string, string>]>([
		[
			'on enrolment day',
			noon('2026-03-20'),
			{ [`baseline:${PHQ9}`]: 'due', [`discharge:${PHQ9}`]: 'upcoming' }
		],
		['on the last day of the window', noon('2026-04-03'), { [`baseline:${PHQ9}`]: 'due' }],
		['the day after', noon('2026-04-04'), { [`baseline:${PHQ9}`]: 'overdue' }],
		[
			'on discharge day, the baseline never given',
			noon('2026-08-31'),
			{ [`baseline:${PHQ9}`]: 'missed', [`discharge:${PHQ9}`]: 'due' }
		],
		[
			'the day before the follow-up',
			noon('2026-11-29'),
			{ [`discharge:${PHQ9}`]: 'overdue', [`follow-up:${PHQ9}`]: 'upcoming' }
		],
		['on the follow-up day', noon('2026-11-30'), { [`follow-up:${PHQ9}`]: 'due' }]
	])('%s', (_, now, expected) => {
		expect(statusOn(now)).toMatchObject(expected);
	});

	it('reads "today" in London time, not UTC, in summer time', () => {
		// 2026-04-03T23:30Z is 00:30 BST on 4 April: the baseline's window has closed.
		expect(statusOn(new Date('2026-04-03T23:30:00Z'))[`baseline:${PHQ9}`]).toBe('overdue');
		// 2026-04-03T22:59Z is 23:59 BST on 3 April: still due.
		expect(statusOn(new Date('2026-04-03T22:59:00Z'))[`baseline:${PHQ9}`]).toBe('due');
	});

	it('opens the follow-up at midnight London time in winter and in summer', () => {
		const winter = { ...input, dischargedOn: '2026-07-31' }; // follow-up 31 October (GMT)
		const on = (instant: string) =>
			schedule(winter, [], new Date(instant)).find((s) => s.occasion === 'follow-up')?.status;
		expect(on('2026-10-30T23:59:00Z')).toBe('upcoming');
		expect(on('2026-10-31T00:00:00Z')).toBe('due');
		const summer = { ...input, dischargedOn: '2026-03-31' }; // follow-up 30 June (BST)
		const onSummer = (instant: string) =>
			schedule(summer, [], new Date(instant)).find((s) => s.occasion === 'follow-up')?.status;
		expect(onSummer('2026-06-29T22:59:00Z')).toBe('upcoming');
		expect(onSummer('2026-06-29T23:00:00Z')).toBe('due');
	});

	it('marks an occasion done by a response completed while it was open, even late', () => {
		const late = { questionnaire: PHQ9, authored: '2026-05-01T09:00:00Z' };
		const result = schedule(input, [late], noon('2026-05-02'));
		expect(result[0]).toMatchObject({
			occasion: 'baseline',
			status: 'done',
			doneAt: late.authored
		});
	});

	it('counts a response completed just after midnight BST on enrolment day', () => {
		// 23:30 UTC on 19 April is 00:30 BST on 20 April.
		const enrolled = { ...input, enrolledOn: '2026-04-20' };
		const response = { questionnaire: PHQ9, authored: '2026-04-19T23:30:00Z' };
		expect(schedule(enrolled, [response], noon('2026-04-20'))[0]?.status).toBe('done');
	});

	it('never lets one response complete two occasions, nor a later one fill a missed baseline', () => {
		const responses = [
			{ questionnaire: PHQ9, authored: '2026-09-01T09:00:00Z' },
			{ questionnaire: PHQ9, authored: '2026-09-02T09:00:00Z' }
		];
		expect(statusOn(noon('2026-09-03'), responses)).toMatchObject({
			[`baseline:${PHQ9}`]: 'missed',
			[`discharge:${PHQ9}`]: 'done',
			[`follow-up:${PHQ9}`]: 'upcoming'
		});
	});

	it('ignores a response to another questionnaire, and one from before the occasion opened', () => {
		const responses = [
			{ questionnaire: PEG, authored: '2026-03-21T09:00:00Z' },
			{ questionnaire: PHQ9, authored: '2026-03-19T09:00:00Z' }
		];
		expect(statusOn(noon('2026-03-22'), responses)[`baseline:${PHQ9}`]).toBe('due');
	});

	it('skips a response whose completion time cannot be read', () => {
		const responses = [{ questionnaire: PHQ9, authored: 'yesterday' }];
		expect(statusOn(noon('2026-03-22'), responses)[`baseline:${PHQ9}`]).toBe('due');
	});

	it('plans nothing for discharge and follow-up before a discharge date is known', () => {
		const open = { ...input, dischargedOn: null };
		expect(schedule(open, [], noon('2026-04-01')).map((s) => s.occasion)).toEqual(['baseline']);
		expect(schedule({ ...open, enrolledOn: null }, [], noon('2026-04-01'))).toEqual([]);
	});

	it('gives an assigned questionnaire its due date: due until then, overdue after, done once sent', () => {
		const assigned: ScheduleInput = {
			...input,
			standard: [],
			assigned: [{ id: 'a1', questionnaire: PEG, assignedOn: '2026-05-01', dueOn: '2026-05-10' }]
		};
		const on = (now: Date, completed: { questionnaire: string; authored: string }[] = []) =>
			schedule(assigned, completed, now)[0]?.status;
		expect(on(noon('2026-04-30'))).toBe('upcoming');
		expect(on(noon('2026-05-01'))).toBe('due');
		expect(on(noon('2026-05-10'))).toBe('due');
		expect(on(noon('2026-05-11'))).toBe('overdue');
		expect(on(noon('2026-05-11'), [{ questionnaire: PEG, authored: '2026-05-11T08:00:00Z' }])).toBe(
			'done'
		);
	});

	it('keeps several standard questionnaires apart', () => {
		const both = { ...input, standard: [PHQ9, PEG] };
		const done = [{ questionnaire: PEG, authored: '2026-03-21T09:00:00Z' }];
		const result = schedule(both, done, noon('2026-03-22')).filter(
			(s) => s.occasion === 'baseline'
		);
		expect(result.map((s) => [s.questionnaire, s.status])).toEqual([
			[PEG, 'done'],
			[PHQ9, 'due']
		]);
	});
});
