import { createHash, randomBytes as nodeRandomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../store/open-store';
import { statement } from '../store/statements';

/**
 * One-time setup token for the first staff account. The token (256 random bits, base64url)
 * is printed once; only its SHA-256 hash is stored, with an expiry. Each start while no
 * staff account exists issues a new token and invalidates the old ones.
 */

export const SETUP_TOKEN_BYTES = 32;
export const SETUP_TOKEN_LIFETIME_MS = 24 * 60 * 60 * 1000;

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export type RandomBytes = (size: number) => Buffer;

/** Whether at least one staff account exists. */
export function hasStaffAccount(db: Db): boolean {
	return statement(db, 'SELECT 1 FROM staff_account LIMIT 1').get() !== undefined;
}

/**
 * Issues a fresh setup token when no staff account exists, invalidating any earlier one.
 * @returns the token to print, or null when a staff account already exists
 */
export function issueSetupTokenIfNeeded(
	db: Db,
	now: Date,
	randomBytes: RandomBytes = nodeRandomBytes
): string | null {
	return db
		.transaction(() => {
			// Unused tokens are useless once staff exist, and must not outlive a reissue.
			statement(db, 'DELETE FROM setup_token WHERE used_at IS NULL').run();
			if (hasStaffAccount(db)) return null;
			const token = randomBytes(SETUP_TOKEN_BYTES).toString('base64url');
			const expiresAt = new Date(now.getTime() + SETUP_TOKEN_LIFETIME_MS).toISOString();
			statement(db, 'INSERT INTO setup_token (token_hash, expires_at) VALUES (?, ?)').run(
				hashSetupToken(token),
				expiresAt
			);
			return token;
		})
		.immediate();
}

/** Whether the token is the current, unexpired, unused setup token while no staff account exists. */
export function verifySetupToken(db: Db, token: string, now: Date): boolean {
	return findValidHash(db, token, now) !== null;
}

/**
 * Marks the setup token used if it is valid, so it cannot be used twice. Call inside the
 * transaction that creates the first staff account.
 * @returns whether the token was valid
 */
export function consumeSetupToken(db: Db, token: string, now: Date): boolean {
	return db
		.transaction(() => {
			const hash = findValidHash(db, token, now);
			if (hash === null) return false;
			statement(db, 'UPDATE setup_token SET used_at = ? WHERE token_hash = ?').run(
				now.toISOString(),
				hash
			);
			return true;
		})
		.immediate();
}

/** SHA-256 of the token, hex. */
export function hashSetupToken(token: string): string {
	return createHash('sha256').update(token, 'utf8').digest('hex');
}

function findValidHash(db: Db, token: string, now: Date): string | null {
	if (!TOKEN_PATTERN.test(token) || hasStaffAccount(db)) return null;
	const candidate = Buffer.from(hashSetupToken(token), 'hex');
	const rows = statement<[string], { token_hash: string }>(
		db,
		'SELECT token_hash FROM setup_token WHERE used_at IS NULL AND expires_at > ?'
	).all(now.toISOString());
	// Compare every live hash in constant time rather than looking the hash up by value.
	let match: string | null = null;
	for (const { token_hash } of rows) {
		const stored = Buffer.from(token_hash, 'hex');
		if (stored.length === candidate.length && timingSafeEqual(stored, candidate))
			match = token_hash;
	}
	return match;
}
