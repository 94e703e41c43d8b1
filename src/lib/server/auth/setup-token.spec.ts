import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Db } from '../store/open-store';
import {
	consumeSetupToken,
	hashSetupToken,
	issueSetupTokenIfNeeded,
	SETUP_TOKEN_LIFETIME_MS,
	verifySetupToken
} from './setup-token';

const NOW = new Date('2025-03-01T09:00:00Z');
const later = (ms: number) => new Date(NOW.getTime() + ms);

let dir: string;
let db: Db;

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'tend-setup-'));
	db = openStore(dir);
});

afterEach(() => {
	db.close();
	rmSync(dir, { recursive: true, force: true });
});

function addStaff(): void {
	db.prepare(
		"INSERT INTO staff_account (id, email, display_name, password_hash, created_at) VALUES ('s1', 'sam@example.nhs.uk', 'Sam', 'x', ?)"
	).run(NOW.toISOString());
}

type StoredToken = { token_hash: string; expires_at: string; used_at: string | null };

function storedTokens(): StoredToken[] {
	return db
		.prepare<[], StoredToken>('SELECT token_hash, expires_at, used_at FROM setup_token')
		.all();
}

describe('issueSetupTokenIfNeeded', () => {
	it('issues a 256-bit base64url token and stores only its hash, expiring in 24 hours', () => {
		const token = issueSetupTokenIfNeeded(db, NOW);
		expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
		expect(Buffer.from(token ?? '', 'base64url')).toHaveLength(32);
		const rows = storedTokens();
		expect(rows).toEqual([
			{
				token_hash: hashSetupToken(token ?? ''),
				expires_at: '2025-03-02T09:00:00.000Z',
				used_at: null
			}
		]);
		expect(JSON.stringify(rows)).not.toContain(token);
	});

	it('uses the random source it is given', () => {
		const token = issueSetupTokenIfNeeded(db, NOW, (size) => Buffer.alloc(size, 0xff));
		expect(token).toBe('_'.repeat(42) + '8');
	});

	it('gives a different token each time', () => {
		expect(issueSetupTokenIfNeeded(db, NOW)).not.toBe(issueSetupTokenIfNeeded(db, NOW));
	});

	it('invalidates the earlier token on reissue', () => {
		const first = issueSetupTokenIfNeeded(db, NOW) ?? '';
		const second = issueSetupTokenIfNeeded(db, later(1000)) ?? '';
		expect(verifySetupToken(db, first, later(2000))).toBe(false);
		expect(verifySetupToken(db, second, later(2000))).toBe(true);
		expect(storedTokens()).toHaveLength(1);
	});

	it('issues nothing once a staff account exists, and clears unused tokens', () => {
		issueSetupTokenIfNeeded(db, NOW);
		addStaff();
		expect(issueSetupTokenIfNeeded(db, NOW)).toBeNull();
		expect(storedTokens()).toEqual([]);
	});
});

describe('verifySetupToken', () => {
	it('accepts the token until it expires', () => {
		const token = issueSetupTokenIfNeeded(db, NOW) ?? '';
		expect(verifySetupToken(db, token, NOW)).toBe(true);
		expect(verifySetupToken(db, token, later(SETUP_TOKEN_LIFETIME_MS - 1))).toBe(true);
		expect(verifySetupToken(db, token, later(SETUP_TOKEN_LIFETIME_MS))).toBe(false);
	});

	it.each([
		['empty', ''],
		['too short', 'abc'],
		['not base64url', '+'.repeat(43)],
		['a well-formed stranger', 'A'.repeat(43)]
	])('refuses %s', (_label, candidate) => {
		issueSetupTokenIfNeeded(db, NOW);
		expect(verifySetupToken(db, candidate, NOW)).toBe(false);
	});

	it('refuses the stored hash itself', () => {
		const token = issueSetupTokenIfNeeded(db, NOW) ?? '';
		expect(verifySetupToken(db, hashSetupToken(token), NOW)).toBe(false);
	});

	it('refuses a valid token once a staff account exists', () => {
		const token = issueSetupTokenIfNeeded(db, NOW) ?? '';
		addStaff();
		expect(verifySetupToken(db, token, NOW)).toBe(false);
	});
});

describe('consumeSetupToken', () => {
	it('works once only', () => {
		const token = issueSetupTokenIfNeeded(db, NOW) ?? '';
		expect(consumeSetupToken(db, token, NOW)).toBe(true);
		expect(verifySetupToken(db, token, NOW)).toBe(false);
		expect(consumeSetupToken(db, token, NOW)).toBe(false);
		expect(storedTokens()[0]?.used_at).toBe(NOW.toISOString());
	});

	it('refuses an expired token and leaves it unused', () => {
		const token = issueSetupTokenIfNeeded(db, NOW) ?? '';
		expect(consumeSetupToken(db, token, later(SETUP_TOKEN_LIFETIME_MS + 1))).toBe(false);
		expect(storedTokens()[0]?.used_at).toBeNull();
	});
});
