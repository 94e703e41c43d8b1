import { createHash, randomBytes as nodeRandomBytes } from 'node:crypto';
import type { Db } from '../store/open-store';
import { getStaffMember, type StaffMember } from './accounts';
import { ABSOLUTE_TIMEOUT_MS, sessionExpiry, type SessionExpiry } from './session-expiry';
import { statement } from '../store/statements';

/**
 * Staff sessions. The cookie holds 32 random bytes (base64url); the table keeps only their
 * SHA-256, so neither a database copy nor a log line can be replayed as a session.
 */

export const SESSION_SECRET_BYTES = 32;
const SECRET_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export type RandomBytes = (size: number) => Buffer;

/** The outcome of looking up a session cookie. */
export type SessionLookup =
	| { status: 'active'; staff: StaffMember }
	| { status: 'ended'; reason: Exclude<SessionExpiry, 'active'> }
	| { status: 'none' };

interface SessionRow {
	staff_id: string;
	created_at: string;
	last_seen_at: string;
}

/** SHA-256 of a session secret, hex: the key it is stored under. */
export function hashSessionSecret(secret: string): string {
	return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/**
 * Starts a session for a staff member, clearing their sessions that can no longer be live.
 * @returns the secret to put in the cookie (it is not stored anywhere)
 */
export function createSession(
	db: Db,
	staffId: string,
	now: Date,
	randomBytes: RandomBytes = nodeRandomBytes
): string {
	const secret = randomBytes(SESSION_SECRET_BYTES).toString('base64url');
	const stamp = now.toISOString();
	const oldest = new Date(now.getTime() - ABSOLUTE_TIMEOUT_MS).toISOString();
	db.transaction(() => {
		statement(db, 'DELETE FROM staff_session WHERE staff_id = ? AND created_at <= ?').run(
			staffId,
			oldest
		);
		statement(
			db,
			'INSERT INTO staff_session (id_hash, staff_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)'
		).run(hashSessionSecret(secret), staffId, stamp, stamp);
	})();
	return secret;
}

/**
 * Finds the session for a cookie secret and, when it is still live, records this request as
 * its last activity. An ended session is deleted and reported with the limit that ended it.
 */
export function resumeSession(db: Db, secret: string | undefined, now: Date): SessionLookup {
	if (!secret || !SECRET_PATTERN.test(secret)) return { status: 'none' };
	const idHash = hashSessionSecret(secret);
	const row = statement<[string], SessionRow>(
		db,
		'SELECT staff_id, created_at, last_seen_at FROM staff_session WHERE id_hash = ?'
	).get(idHash);
	if (!row) return { status: 'none' };
	const expiry = sessionExpiry(
		{ createdAt: new Date(row.created_at), lastSeenAt: new Date(row.last_seen_at) },
		now
	);
	const staff = getStaffMember(db, row.staff_id);
	if (expiry !== 'active' || !staff) {
		statement(db, 'DELETE FROM staff_session WHERE id_hash = ?').run(idHash);
		return expiry === 'active' ? { status: 'none' } : { status: 'ended', reason: expiry };
	}
	statement(db, 'UPDATE staff_session SET last_seen_at = ? WHERE id_hash = ?').run(
		now.toISOString(),
		idHash
	);
	return { status: 'active', staff };
}

/** Ends the session for a cookie secret (sign out); does nothing when there is none. */
export function endSession(db: Db, secret: string | undefined): void {
	if (!secret || !SECRET_PATTERN.test(secret)) return;
	statement(db, 'DELETE FROM staff_session WHERE id_hash = ?').run(hashSessionSecret(secret));
}
