import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit';

const t0 = new Date('2025-03-01T09:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

describe('RateLimiter', () => {
	it('allows a burst up to the limit, then says how long to wait', () => {
		const limiter = new RateLimiter({ limit: 120, windowMs: 60_000 });
		for (let i = 0; i < 120; i++) expect(limiter.take('d1', t0)).toEqual({ allowed: true });
		expect(limiter.take('d1', t0)).toEqual({ allowed: false, retryAfterSeconds: 1 });
		expect(limiter.take('d2', t0)).toEqual({ allowed: true });
	});

	it('refills evenly: one more request every half second at 120 a minute', () => {
		const limiter = new RateLimiter({ limit: 120, windowMs: 60_000 });
		for (let i = 0; i < 120; i++) limiter.take('d1', t0);
		expect(limiter.take('d1', at(499)).allowed).toBe(false);
		expect(limiter.take('d1', at(1000)).allowed).toBe(true);
	});

	it('rounds the wait up to whole seconds', () => {
		const limiter = new RateLimiter({ limit: 2, windowMs: 60_000 });
		limiter.take('d', t0);
		limiter.take('d', t0);
		expect(limiter.take('d', t0)).toEqual({ allowed: false, retryAfterSeconds: 30 });
	});

	it('forgets full buckets when it holds too many keys', () => {
		const limiter = new RateLimiter({ limit: 1, windowMs: 1000, maxKeys: 2 });
		limiter.take('a', t0);
		limiter.take('b', t0);
		limiter.take('c', at(5000));
		expect(limiter.take('a', at(5000)).allowed).toBe(true);
	});
});
