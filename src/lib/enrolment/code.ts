/**
 * Enrolment codes as people type them. A code is 12 characters of Crockford base32 (no I,
 * L, O or U), printed in groups of four; spaces, hyphens and case do not matter, and the
 * letters people mistake for digits are read as Crockford says (I and L as 1, O as 0).
 * Checking the shape here means a typing slip never costs one of the limited attempts.
 * See: https://www.crockford.com/base32.html and docs/api.md.
 */

export const CODE_LENGTH = 12;
const CROCKFORD = /^[0-9ABCDEFGHJKMNPQRSTVWXYZ]+$/;

/** The code as 12 canonical characters, or null when it cannot be a code. */
export function normaliseCode(input: string): string | null {
	const compact = input
		.toUpperCase()
		.replace(/[\s\-‐‑–—]/g, '')
		.replace(/[IL]/g, '1')
		.replace(/O/g, '0');
	return compact.length === CODE_LENGTH && CROCKFORD.test(compact) ? compact : null;
}

/** A canonical code in groups of four, as printed: "ABCD-EFGH-JKMN". */
export function formatCode(code: string): string {
	return code.match(/.{1,4}/g)?.join('-') ?? code;
}
