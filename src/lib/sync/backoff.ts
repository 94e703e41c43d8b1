/**
 * Retry delays for the outbox: exponential backoff with "full jitter" (a uniformly random
 * delay between 0 and the exponential ceiling), so phones that come back online together
 * do not retry in step. Invariant: a delay is never negative and never above the cap,
 * except that a server's `Retry-After` is honoured up to RETRY_AFTER_MAX_MS.
 * See: https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/
 */

export const BACKOFF_BASE_MS = 5_000;
export const BACKOFF_CAP_MS = 15 * 60_000;
/** A longer Retry-After than this is taken as a mistake; the person can still "Send now". */
export const RETRY_AFTER_MAX_MS = 60 * 60_000;

/** The largest delay for the nth failed attempt (1 → base, 2 → 2 × base …, at most the cap). */
export function backoffCeiling(attempt: number): number {
	const doublings = Math.min(Math.max(Math.floor(attempt) - 1, 0), 30);
	return Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** doublings);
}

/**
 * The delay before retrying after the nth failed attempt.
 * @param random - returns a number in [0, 1), like Math.random
 */
export function backoffDelay(attempt: number, random: () => number): number {
	const fraction = Math.min(Math.max(random(), 0), 1);
	return Math.floor(fraction * backoffCeiling(attempt));
}

/**
 * Milliseconds a `Retry-After` header asks for: delay-seconds ("120") or an HTTP date
 * ("Wed, 21 Oct 2026 07:28:00 GMT"). Undefined when absent or unreadable; a date in the
 * past is 0.
 */
export function parseRetryAfter(value: string | null | undefined, now: Date): number | undefined {
	const text = value?.trim();
	if (!text) return undefined;
	if (/^\d+$/.test(text)) return Number(text) * 1000;
	const at = Date.parse(text);
	if (Number.isNaN(at) || !/[a-z]/i.test(text)) return undefined;
	return Math.max(0, at - now.getTime());
}

/** The delay before the next attempt: jittered backoff, but never sooner than Retry-After. */
export function retryDelay(options: {
	attempt: number;
	random: () => number;
	retryAfterMs?: number;
}): number {
	const jittered = backoffDelay(options.attempt, options.random);
	if (options.retryAfterMs === undefined) return jittered;
	return Math.max(Math.min(options.retryAfterMs, RETRY_AFTER_MAX_MS), jittered);
}
