import { describe, expect, it } from 'vitest';
import { deriveActivity, hasStale, type ActivityInput } from './activity';

const now = new Date('2026-03-29T00:30:00Z');
const base: ActivityInput = {
	mode: 'linked',
	isPushing: false,
	isOffline: false,
	waiting: 0,
	quarantined: 0,
	oldestUnsentAt: null,
	now
};
const eightDaysAgo = '2026-03-21T00:30:00.000Z';

describe('deriveActivity', () => {
	it.each<[string, Partial<ActivityInput>, string]>([
		['all sent', {}, 'idle'],
		['waiting, online', { waiting: 3 }, 'idle'],
		['sending', { waiting: 3, isPushing: true }, 'sending'],
		['pushing with nothing waiting', { isPushing: true }, 'idle'],
		['offline with items waiting', { waiting: 2, isOffline: true }, 'offline'],
		['offline with nothing waiting', { isOffline: true }, 'idle'],
		['an item refused', { quarantined: 1, isPushing: true, waiting: 1 }, 'problem'],
		['unlinked by the service', { mode: 'unlinked-by-service' }, 'problem'],
		[
			'waiting more than a week',
			{ waiting: 1, isOffline: true, oldestUnsentAt: eightDaysAgo },
			'problem'
		],
		['self-guided, whatever else', { mode: 'self-guided', quarantined: 4 }, 'idle']
	])('%s → %s', (_, input, activity) => {
		expect(deriveActivity({ ...base, ...input })).toBe(activity);
	});

	it('counts a week to the millisecond', () => {
		expect(hasStale('2026-03-22T00:30:00.001Z', now)).toBe(false);
		expect(hasStale('2026-03-22T00:30:00.000Z', now)).toBe(true);
		expect(hasStale(null, now)).toBe(false);
	});
});
