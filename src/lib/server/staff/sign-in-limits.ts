import type { Db } from '../store/open-store';
import { statement } from '../store/statements';

/**
 * Limits on failed staff sign-ins, to slow down password guessing: at most 5 failures for
 * one email and 20 from one address in any 15 minutes. Unknown emails count the same as
 * known ones, so the limit says nothing about which accounts exist. Attempts refused by
 * the limit are not counted again, so the wait is never longer than 15 minutes from the
 * last real failure.
 * See OWASP's Authentication Cheat Sheet ("Login throttling").
 */

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 20;

export interface SignInAttempt {
	email: string;
	ip: string;
}

const since = (now: Date) => new Date(now.getTime() - SIGN_IN_WINDOW_MS).toISOString();

/** Whether sign-in is refused for now, for this email or from this address. */
export function isSignInLimited(db: Db, { email, ip }: SignInAttempt, now: Date): boolean {
	const count = (column: 'email' | 'ip', value: string) =>
		statement<[string, string], { n: number }>(
			db,
			`SELECT COUNT(*) AS n FROM staff_sign_in_failure WHERE ${column} = ? AND at > ?`
		).get(value, since(now))?.n ?? 0;
	return (
		count('email', email.trim()) >= MAX_FAILURES_PER_EMAIL || count('ip', ip) >= MAX_FAILURES_PER_IP
	);
}

/** Counts a failed sign-in, and forgets failures older than the window. */
export function recordSignInFailure(db: Db, { email, ip }: SignInAttempt, now: Date): void {
	db.transaction(() => {
		statement(db, 'DELETE FROM staff_sign_in_failure WHERE at <= ?').run(since(now));
		statement(db, 'INSERT INTO staff_sign_in_failure (email, ip, at) VALUES (?, ?, ?)').run(
			email.trim(),
			ip,
			now.toISOString()
		);
	})();
}

/** Forgets an email's failures after it signs in; the address's failures still count. */
export function clearSignInFailures(db: Db, email: string): void {
	statement(db, 'DELETE FROM staff_sign_in_failure WHERE email = ?').run(email.trim());
}
