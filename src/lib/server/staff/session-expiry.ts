/**
 * When a staff session ends. A session is live while both hold:
 *   now − lastSeenAt < 30 minutes (idle timeout) and now − createdAt < 12 hours (absolute).
 * At exactly 30 minutes idle, or exactly 12 hours after sign-in, it has ended.
 * See NCSC guidance on session management and OWASP's Session Management Cheat Sheet.
 */

export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;

/** Why a session is no longer valid, or 'active' when it still is. */
export type SessionExpiry = 'active' | 'idle' | 'absolute';

export interface SessionTimes {
	createdAt: Date;
	lastSeenAt: Date;
}

/** Whether a session is still live at `now`, and if not, which limit ended it. */
export function sessionExpiry({ createdAt, lastSeenAt }: SessionTimes, now: Date): SessionExpiry {
	// The absolute limit wins: staying busy never extends a session past 12 hours.
	if (now.getTime() - createdAt.getTime() >= ABSOLUTE_TIMEOUT_MS) return 'absolute';
	if (now.getTime() - lastSeenAt.getTime() >= IDLE_TIMEOUT_MS) return 'idle';
	return 'active';
}
