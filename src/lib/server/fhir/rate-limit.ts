/**
 * A token bucket per key, in memory: up to `limit` requests at once, refilled evenly over
 * `windowMs`. Kept per process; with several instances each has its own bucket, which is
 * the right side to err on for a limit meant to stop a runaway client, not an attacker.
 */

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiterOptions {
	limit: number;
	windowMs: number;
	/** Buckets kept before full ones are forgotten. */
	maxKeys?: number;
}

export class RateLimiter {
	readonly #buckets = new Map<string, { tokens: number; at: number }>();
	readonly #perMs: number;

	constructor(private readonly options: RateLimiterOptions) {
		this.#perMs = options.limit / options.windowMs;
	}

	/** Takes one request's token for the key, or says how long to wait. */
	take(key: string, now: Date): RateDecision {
		const time = now.getTime();
		const bucket = this.#buckets.get(key) ?? { tokens: this.options.limit, at: time };
		const tokens = Math.min(
			this.options.limit,
			bucket.tokens + Math.max(0, time - bucket.at) * this.#perMs
		);
		if (tokens < 1) {
			this.#buckets.set(key, { tokens, at: time });
			return {
				allowed: false,
				retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / this.#perMs / 1000))
			};
		}
		this.#buckets.set(key, { tokens: tokens - 1, at: time });
		if (this.#buckets.size > (this.options.maxKeys ?? 10_000)) this.#forgetFull(time);
		return { allowed: true };
	}

	#forgetFull(time: number): void {
		for (const [key, bucket] of this.#buckets) {
			if (bucket.tokens + (time - bucket.at) * this.#perMs >= this.options.limit) {
				this.#buckets.delete(key);
			}
		}
	}
}

/** FHIR writes per device: 120 a minute. */
export const fhirWriteLimiter = new RateLimiter({ limit: 120, windowMs: 60_000 });
