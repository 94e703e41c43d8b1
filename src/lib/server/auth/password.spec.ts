import { scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password';

describe('hashPassword', () => {
	it('writes scrypt$N$r$p$salt$hash in base64url', () => {
		expect(hashPassword('correct horse battery staple')).toMatch(
			/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/
		);
	});

	it('salts each hash afresh', () => {
		expect(hashPassword('same')).not.toBe(hashPassword('same'));
	});

	it('never contains the password', () => {
		expect(hashPassword('plain-text-secret')).not.toContain('plain-text-secret');
	});
});

describe('verifyPassword', () => {
	const stored = hashPassword('correct horse battery staple');

	it('accepts the right password', () => {
		expect(verifyPassword('correct horse battery staple', stored)).toBe(true);
	});

	it.each(['', 'correct horse battery stapl', 'Correct horse battery staple'])(
		'refuses %j',
		(wrong) => {
			expect(verifyPassword(wrong, stored)).toBe(false);
		}
	);

	it('treats composed and decomposed accents alike', () => {
		expect(verifyPassword('Zoe\u0301', hashPassword('Zo\u00e9'))).toBe(true);
	});

	it('verifies a hash stored with other parameters', () => {
		const salt = Buffer.from('0123456789abcdef');
		const hash = scryptSync('password', salt, 32, { N: 1024, r: 8, p: 1 });
		const other = `scrypt$1024$8$1$${salt.toString('base64url')}$${hash.toString('base64url')}`;
		expect(verifyPassword('password', other)).toBe(true);
		expect(verifyPassword('passwort', other)).toBe(false);
	});

	it.each([
		'',
		'plain',
		'scrypt$32768$8$1$c2FsdA',
		'argon2$32768$8$1$c2FsdA$aGFzaGhhc2hoYXNoaGFzaA',
		'scrypt$1000$8$1$c2FsdA$aGFzaGhhc2hoYXNoaGFzaA',
		'scrypt$4294967296$8$1$c2FsdA$aGFzaGhhc2hoYXNoaGFzaA',
		'scrypt$32768$8$1$c2FsdA$c2hvcnQ',
		'scrypt$32768$0$1$c2FsdA$aGFzaGhhc2hoYXNoaGFzaA'
	])('returns false for the malformed %j', (bad) => {
		expect(verifyPassword('password', bad)).toBe(false);
	});
});
