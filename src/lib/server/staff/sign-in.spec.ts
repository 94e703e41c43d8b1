import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listAuditEvents } from '../audit/audit';
import { hashPassword } from '../auth/password';
import type { Db } from '../store/open-store';
import { resumeSession } from './sessions';
import { signIn } from './sign-in';
import { MAX_FAILURES_PER_EMAIL } from './sign-in-limits';
import { addTestStaff, openTestStore } from './test-store';

const NOW = new Date('2026-05-11T09:00:00Z');
const PASSWORD = 'correct horse battery';
let passwordHash: string;
let db: Db;
let dispose: () => void;

beforeAll(() => {
	passwordHash = hashPassword(PASSWORD);
});
beforeEach(() => {
	({ db, dispose } = openTestStore());
	addTestStaff(db, { passwordHash });
});
afterEach(() => dispose());

const attempt = (email: string, password: string) =>
	signIn(db, { email, password, ip: '192.0.2.1' }, NOW);

describe('signIn', () => {
	it('starts a session for the right password, whatever the email’s case', () => {
		const result = attempt(' Sam@Example.nhs.uk ', PASSWORD);
		expect(result).toMatchObject({ ok: true, staff: { id: 's1', name: 'Sam Clinician' } });
		if (!result.ok) return;
		expect(resumeSession(db, result.sessionSecret, NOW).status).toBe('active');
		expect(listAuditEvents(db, { action: 'staff.sign-in' })).toHaveLength(1);
	});

	it('gives the same answer for an unknown email and a wrong password', () => {
		expect(attempt('nobody@example.nhs.uk', PASSWORD)).toEqual({ ok: false, reason: 'invalid' });
		expect(attempt('sam@example.nhs.uk', 'wrong password!')).toEqual({
			ok: false,
			reason: 'invalid'
		});
	});

	it('refuses even the right password after 5 failures for the email', () => {
		for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) attempt('sam@example.nhs.uk', `guess ${i}`);
		expect(attempt('sam@example.nhs.uk', PASSWORD)).toEqual({ ok: false, reason: 'limited' });
	});

	it('limits unknown emails the same way', () => {
		for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) attempt('nobody@example.nhs.uk', `guess ${i}`);
		expect(attempt('nobody@example.nhs.uk', 'anything at all')).toEqual({
			ok: false,
			reason: 'limited'
		});
	});

	it('forgets earlier failures after a successful sign-in', () => {
		for (let i = 0; i < MAX_FAILURES_PER_EMAIL - 1; i++)
			attempt('sam@example.nhs.uk', `guess ${i}`);
		expect(attempt('sam@example.nhs.uk', PASSWORD).ok).toBe(true);
		for (let i = 0; i < MAX_FAILURES_PER_EMAIL - 1; i++)
			attempt('sam@example.nhs.uk', `guess ${i}`);
		expect(attempt('sam@example.nhs.uk', PASSWORD).ok).toBe(true);
	});
});
