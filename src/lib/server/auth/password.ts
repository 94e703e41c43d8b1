import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

/**
 * Staff passwords, hashed with scrypt (RFC 7914) from node:crypto. The stored form names its
 * own parameters so they can be raised later without breaking older hashes:
 * `scrypt$N$r$p$<salt base64url>$<hash base64url>`.
 * N = 2^15, r = 8, p = 1 follows OWASP's Password Storage Cheat Sheet (about 32 MiB, ~50 ms).
 */

const N = 32768;
const R = 8;
const P = 1;
const SALT_BYTES = 16;
const KEY_BYTES = 32;
/** Above the default 32 MiB: scrypt needs 128·N·r bytes plus headroom. */
const MAX_MEMORY = 64 * 1024 * 1024;
/** Guards verification against a stored hash whose parameters would take minutes or gigabytes. */
const MAX_N = 1 << 20;

const PATTERN = /^scrypt\$(\d+)\$(\d+)\$(\d+)\$([A-Za-z0-9_-]+)\$([A-Za-z0-9_-]+)$/;

/** Hashes a password with a fresh random salt, for storing. */
export function hashPassword(password: string): string {
	const salt = randomBytes(SALT_BYTES);
	const hash = scryptSync(password.normalize('NFC'), salt, KEY_BYTES, {
		N,
		r: R,
		p: P,
		maxmem: MAX_MEMORY
	});
	return ['scrypt', N, R, P, salt.toString('base64url'), hash.toString('base64url')].join('$');
}

/** Whether the password matches a stored hash; false for anything malformed, never throws. */
export function verifyPassword(password: string, stored: string): boolean {
	const match = PATTERN.exec(stored);
	if (!match) return false;
	const [, n, r, p, saltText, hashText] = match;
	const cost = Number(n);
	const blockSize = Number(r);
	const parallel = Number(p);
	const isPowerOfTwo = cost > 1 && (cost & (cost - 1)) === 0;
	if (!isPowerOfTwo || cost > MAX_N || blockSize < 1 || blockSize > 32) return false;
	if (parallel < 1 || parallel > 16) return false;
	const salt = Buffer.from(saltText ?? '', 'base64url');
	const expected = Buffer.from(hashText ?? '', 'base64url');
	if (expected.length < 16) return false;
	try {
		const actual = scryptSync(password.normalize('NFC'), salt, expected.length, {
			N: cost,
			r: blockSize,
			p: parallel,
			maxmem: 256 * cost * blockSize + MAX_MEMORY
		});
		return timingSafeEqual(actual, expected);
	} catch {
		return false;
	}
}
