import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAuditEvents } from '../audit/audit';
import { verifyPassword } from '../auth/password';
import { issueSetupTokenIfNeeded } from '../auth/setup-token';
import type { Db } from '../store/open-store';
import { findStaffByEmail } from './accounts';
import { resumeSession } from './sessions';
import { completeSetup, isSetupNeeded } from './setup';
import { openTestStore } from './test-store';

const NOW = new Date('2026-05-11T09:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
let db: Db;
let dispose: () => void;
let token: string;

beforeEach(() => {
	({ db, dispose } = openTestStore());
	token = issueSetupTokenIfNeeded(db, NOW) ?? '';
});
afterEach(() => dispose());

const input = (overrides = {}) => ({
	token,
	email: 'lead@example.nhs.uk',
	name: 'Alex Lead',
	password: 'a long enough password',
	...overrides
});

describe('completeSetup', () => {
	it('creates the first account with a hashed password, signs it in and audits it', () => {
		expect(isSetupNeeded(db)).toBe(true);
		const result = completeSetup(db, input(), NOW);
		expect(result).toMatchObject({
			ok: true,
			staff: { email: 'lead@example.nhs.uk', name: 'Alex Lead' }
		});
		if (!result.ok) return;
		expect(isSetupNeeded(db)).toBe(false);
		const stored = findStaffByEmail(db, 'lead@example.nhs.uk');
		expect(stored?.passwordHash).not.toContain('a long enough password');
		expect(verifyPassword('a long enough password', stored?.passwordHash ?? '')).toBe(true);
		expect(resumeSession(db, result.sessionSecret, NOW).status).toBe('active');
		expect(listAuditEvents(db, { action: 'staff.setup' })).toHaveLength(1);
	});

	it('works once only', () => {
		expect(completeSetup(db, input(), NOW).ok).toBe(true);
		expect(completeSetup(db, input({ email: 'second@example.nhs.uk' }), NOW)).toEqual({
			ok: false,
			reason: 'done'
		});
	});

	it('refuses a wrong or expired token and creates nothing', () => {
		expect(completeSetup(db, input({ token: 'A'.repeat(43) }), NOW)).toEqual({
			ok: false,
			reason: 'token'
		});
		expect(completeSetup(db, input({ token: '' }), NOW)).toEqual({ ok: false, reason: 'token' });
		expect(completeSetup(db, input(), new Date(NOW.getTime() + DAY))).toEqual({
			ok: false,
			reason: 'token'
		});
		expect(isSetupNeeded(db)).toBe(true);
	});
});
