import { describe, expect, it } from 'vitest';
import {
	BACKOFF_BASE_MS,
	BACKOFF_CAP_MS,
	backoffCeiling,
	backoffDelay,
	parseRetryAfter,
	RETRY_AFTER_MAX_MS,
	retryDelay
} from './backoff';

const now = new Date('2026-03-29T00:30:00Z');

describe('backoffCeiling', () => {
	it.each([
		[0, BACKOFF_BASE_MS],
		[1, 5_000],
		[2, 10_000],
		[3, 20_000],
		[8, 640_000],
		[9, BACKOFF_CAP_MS],
		[50, BACKOFF_CAP_MS],
		[1e9, BACKOFF_CAP_MS]
	])('attempt %d has a ceiling of %d ms', (attempt, ceiling) => {
		expect(backoffCeiling(attempt)).toBe(ceiling);
	});
});

describe('backoffDelay (full jitter)', () => {
	it('stays between 0 and the ceiling for the lowest and highest random values', () => {
		for (const attempt of [1, 2, 5, 9, 40]) {
			expect(backoffDelay(attempt, () => 0)).toBe(0);
			const top = backoffDelay(attempt, () => 0.999_999);
			expect(top).toBeLessThan(backoffCeiling(attempt));
			expect(top).toBeGreaterThan(backoffCeiling(attempt) * 0.99);
		}
	});

	it('never goes past the 15-minute cap', () => {
		expect(backoffDelay(100, () => 0.999_999)).toBeLessThanOrEqual(BACKOFF_CAP_MS);
	});

	it('is half the ceiling for a random value of one half', () => {
		expect(backoffDelay(3, () => 0.5)).toBe(10_000);
	});

	it('clamps a random source that strays outside [0, 1)', () => {
		expect(backoffDelay(1, () => -1)).toBe(0);
		expect(backoffDelay(1, () => 7)).toBe(BACKOFF_BASE_MS);
	});
});

describe('parseRetryAfter', () => {
	it.each([
		['120', 120_000],
		[' 0 ', 0],
		['Sun, 29 Mar 2026 00:31:00 GMT', 60_000],
		['Sun, 29 Mar 2026 00:00:00 GMT', 0],
		['', undefined],
		[null, undefined],
		[undefined, undefined],
		['soon', undefined],
		['-5', undefined],
		['1.5', undefined]
	])('%s → %s ms', (value, expected) => {
		expect(parseRetryAfter(value, now)).toBe(expected);
	});
});

describe('retryDelay', () => {
	it('uses jittered backoff when the server says nothing', () => {
		expect(retryDelay({ attempt: 2, random: () => 0.5 })).toBe(5_000);
	});

	it('waits at least as long as Retry-After', () => {
		expect(retryDelay({ attempt: 1, random: () => 0, retryAfterMs: 30_000 })).toBe(30_000);
		expect(retryDelay({ attempt: 9, random: () => 0.5, retryAfterMs: 1_000 })).toBe(450_000);
	});

	it('does not wait more than an hour however long Retry-After asks', () => {
		expect(retryDelay({ attempt: 1, random: () => 0, retryAfterMs: 86_400_000 })).toBe(
			RETRY_AFTER_MAX_MS
		);
	});
});
