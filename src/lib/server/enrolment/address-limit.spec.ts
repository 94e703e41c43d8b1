import { describe, expect, it } from 'vitest';
import {
	addressKey,
	FAILURE_WINDOW_MS,
	MAX_FAILURES_PER_ADDRESS,
	retryAfterSeconds
} from './address-limit';

describe('addressKey', () => {
	it.each([
		['203.0.113.7', '203.0.113.7'],
		['::ffff:203.0.113.7', '203.0.113.7'],
		['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
		['2001:DB8:0001:0002::1', '2001:db8:1:2::/64'],
		['2001:db8::1', '2001:db8:0:0::/64'],
		['fe80::1%eth0', 'fe80:0:0:0::/64'],
		['::1', '0:0:0:0::/64']
	])('%s → %s', (ip, key) => {
		expect(addressKey(ip)).toBe(key);
	});
});

describe('retryAfterSeconds', () => {
	const now = new Date('2025-03-01T09:15:00Z');
	const times = (n: number) =>
		Array.from({ length: n }, (_, i) =>
			new Date(Date.parse('2025-03-01T09:00:30Z') + i * 1000).toISOString()
		);

	it('is 0 below the limit', () => {
		expect(retryAfterSeconds(times(MAX_FAILURES_PER_ADDRESS - 1), now)).toBe(0);
	});

	it('waits until the oldest failure in the window is 15 minutes old', () => {
		expect(retryAfterSeconds(times(MAX_FAILURES_PER_ADDRESS), now)).toBe(30);
		expect(FAILURE_WINDOW_MS).toBe(15 * 60 * 1000);
	});

	it('is at least one second', () => {
		const stale = times(MAX_FAILURES_PER_ADDRESS);
		expect(retryAfterSeconds(stale, new Date('2025-03-01T09:15:29.999Z'))).toBe(1);
	});
});
