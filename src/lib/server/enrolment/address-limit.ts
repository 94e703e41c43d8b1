import type { Db } from '../store/open-store';
import { statement } from '../store/statements';

/**
 * The per-address limit on failed enrolment attempts: at most 20 failures in any 15
 * minutes, then the address must wait until its oldest failure in the window ages out.
 * Failures are kept in `enrol_failure`, so the limit holds across restarts and processes.
 */

export const MAX_FAILURES_PER_ADDRESS = 20;
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;

/**
 * The key an address is counted under. An IPv4 address inside IPv6 counts as itself, and
 * an IPv6 address by its /64 network: one home or phone usually holds a whole /64.
 */
export function addressKey(ip: string): string {
	const address = ip.trim().toLowerCase().replace(/%.*$/, '');
	const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
	if (mapped?.[1]) return mapped[1];
	if (!address.includes(':')) return address;
	const [head = '', tail] = address.split('::');
	const left = head ? head.split(':') : [];
	const right = tail ? tail.split(':') : [];
	const missing = tail === undefined ? 0 : 8 - left.length - right.length;
	const groups = [...left, ...Array<string>(Math.max(0, missing)).fill('0'), ...right];
	return `${groups
		.slice(0, 4)
		.map((group) => group.replace(/^0+(?=.)/, ''))
		.join(':')}::/64`;
}

/**
 * Seconds until the address may try again, or 0 when it may try now.
 * @param failureTimes - ISO times of its failures inside the window, oldest first
 */
export function retryAfterSeconds(failureTimes: readonly string[], now: Date): number {
	if (failureTimes.length < MAX_FAILURES_PER_ADDRESS) return 0;
	const freesAt = Date.parse(failureTimes[failureTimes.length - MAX_FAILURES_PER_ADDRESS] ?? '');
	return Math.max(1, Math.ceil((freesAt + FAILURE_WINDOW_MS - now.getTime()) / 1000));
}

/** Seconds the address must wait before another attempt (0: go ahead); forgets old failures. */
export function addressWaitSeconds(db: Db, ip: string, now: Date): number {
	const since = new Date(now.getTime() - FAILURE_WINDOW_MS).toISOString();
	statement(db, 'DELETE FROM enrol_failure WHERE at <= ?').run(since);
	const times = statement<[string, string], { at: string }>(
		db,
		'SELECT at FROM enrol_failure WHERE ip = ? AND at > ? ORDER BY at'
	)
		.all(addressKey(ip), since)
		.map((row) => row.at);
	return retryAfterSeconds(times, now);
}

/** Counts one failed attempt against the address. */
export function recordAddressFailure(db: Db, ip: string, now: Date): void {
	statement(db, 'INSERT INTO enrol_failure (ip, at) VALUES (?, ?)').run(
		addressKey(ip),
		now.toISOString()
	);
}
