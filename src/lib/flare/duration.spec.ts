import { describe, expect, it } from 'vitest';
import { flareDuration, isOngoing, newestOngoing } from './duration';

const now = new Date('2026-04-10T13:45:30Z');
// Only what duration and "still going" look at.
const entry: { id: string; startedAt: string; endedAt: string | null } = {
	id: 'f1',
	startedAt: '2026-04-08T07:30:00.000Z',
	endedAt: '2026-04-09T19:05:00.000Z'
};

describe('ongoing and duration', () => {
	it.each<[string, string | null, { days: number; hours: number; minutes: number }]>([
		['minutes', '2026-04-08T07:59:59.000Z', { days: 0, hours: 0, minutes: 29 }],
		['a day and a half', '2026-04-09T19:05:00.000Z', { days: 1, hours: 11, minutes: 35 }],
		['exactly a day', '2026-04-09T07:30:00.000Z', { days: 1, hours: 0, minutes: 0 }]
	])('measures a flare of %s', (_, endedAt, expected) => {
		expect(flareDuration({ ...entry, endedAt }, now)).toEqual({ ...expected, isOngoing: false });
	});

	it('measures a flare still going up to now', () => {
		const ongoing = { ...entry, endedAt: null };
		expect(isOngoing(ongoing)).toBe(true);
		expect(isOngoing(entry)).toBe(false);
		expect(flareDuration(ongoing, now)).toEqual({
			days: 2,
			hours: 6,
			minutes: 15,
			isOngoing: true
		});
	});

	it('never measures below zero', () => {
		expect(
			flareDuration({ ...entry, endedAt: null }, new Date('2026-01-01T00:00:00Z'))
		).toMatchObject({
			days: 0,
			hours: 0,
			minutes: 0
		});
	});

	it('finds the newest flare still going', () => {
		const older = { ...entry, id: 'a', endedAt: null, startedAt: '2026-04-01T00:00:00.000Z' };
		const newer = { ...entry, id: 'b', endedAt: null, startedAt: '2026-04-05T00:00:00.000Z' };
		expect(newestOngoing([older, entry, newer])?.id).toBe('b');
		expect(newestOngoing([entry])).toBeNull();
	});
});
