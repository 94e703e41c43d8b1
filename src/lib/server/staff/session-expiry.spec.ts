import { describe, expect, it } from 'vitest';
import { ABSOLUTE_TIMEOUT_MS, IDLE_TIMEOUT_MS, sessionExpiry } from './session-expiry';

const start = new Date('2026-03-29T00:30:00Z'); // the night the UK clocks go forward
const at = (ms: number) => new Date(start.getTime() + ms);
const MINUTE = 60_000;

describe('sessionExpiry', () => {
	it.each([
		['just signed in', 0, 0, 'active'],
		['idle for 29 min 59.999 s', 0, IDLE_TIMEOUT_MS - 1, 'active'],
		['idle for exactly 30 min', 0, IDLE_TIMEOUT_MS, 'idle'],
		['idle for 31 min', 0, 31 * MINUTE, 'idle'],
		['busy, 11 h 59 min in, seen a minute ago', ABSOLUTE_TIMEOUT_MS - 2 * MINUTE, MINUTE, 'active'],
		['busy, 1 ms before 12 h', ABSOLUTE_TIMEOUT_MS - 2, 1, 'active'],
		['busy, exactly 12 h in', ABSOLUTE_TIMEOUT_MS - MINUTE, MINUTE, 'absolute'],
		[
			'12 h in and idle too: the absolute limit is named',
			ABSOLUTE_TIMEOUT_MS - IDLE_TIMEOUT_MS,
			IDLE_TIMEOUT_MS,
			'absolute'
		]
	] as const)('%s → %s', (_, lastSeenOffset, idleFor, expected) => {
		const lastSeenAt = at(lastSeenOffset);
		const now = new Date(lastSeenAt.getTime() + idleFor);
		expect(sessionExpiry({ createdAt: start, lastSeenAt }, now)).toBe(expected);
	});

	it('counts real elapsed time across a clock change, not wall-clock hours', () => {
		// 00:30 UTC is 00:30 GMT; 12 h later is 13:30 BST on the wall clock, and still 12 h.
		expect(sessionExpiry({ createdAt: start, lastSeenAt: start }, at(ABSOLUTE_TIMEOUT_MS))).toBe(
			'absolute'
		);
	});

	it('keeps a session whose last-seen time is in the future (clock moved back)', () => {
		expect(sessionExpiry({ createdAt: start, lastSeenAt: at(5 * MINUTE) }, at(MINUTE))).toBe(
			'active'
		);
	});
});
