import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../store/open-store';
import { ABSOLUTE_TIMEOUT_MS, IDLE_TIMEOUT_MS } from './session-expiry';
import { createSession, endSession, hashSessionSecret, resumeSession } from './sessions';
import { addTestStaff, openTestStore } from './test-store';

const NOW = new Date('2026-05-11T09:00:00Z');
const later = (ms: number) => new Date(NOW.getTime() + ms);

let db: Db;
let dispose: () => void;

beforeEach(() => {
	({ db, dispose } = openTestStore());
	addTestStaff(db);
});
afterEach(() => dispose());

const storedSessions = () =>
	db.prepare<[], { id_hash: string; last_seen_at: string }>('SELECT * FROM staff_session').all();

describe('staff sessions', () => {
	it('give the cookie 256 random bits and store only their hash', () => {
		const secret = createSession(db, 's1', NOW);
		expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
		expect(storedSessions()).toEqual([
			expect.objectContaining({ id_hash: hashSessionSecret(secret) })
		]);
		expect(JSON.stringify(storedSessions())).not.toContain(secret);
	});

	it('resume with the staff member and record the activity', () => {
		const secret = createSession(db, 's1', NOW);
		expect(resumeSession(db, secret, later(60_000))).toEqual({
			status: 'active',
			staff: { id: 's1', email: 'sam@example.nhs.uk', name: 'Sam Clinician' }
		});
		expect(storedSessions()[0]?.last_seen_at).toBe(later(60_000).toISOString());
	});

	it('stay alive with activity every 29 minutes, until 12 hours', () => {
		const secret = createSession(db, 's1', NOW);
		let t = 0;
		while (t + 29 * 60_000 < ABSOLUTE_TIMEOUT_MS) {
			t += 29 * 60_000;
			expect(resumeSession(db, secret, later(t)).status).toBe('active');
		}
		expect(resumeSession(db, secret, later(ABSOLUTE_TIMEOUT_MS))).toEqual({
			status: 'ended',
			reason: 'absolute'
		});
	});

	it('end after 30 minutes idle, and are deleted', () => {
		const secret = createSession(db, 's1', NOW);
		expect(resumeSession(db, secret, later(IDLE_TIMEOUT_MS - 1)).status).toBe('active');
		expect(resumeSession(db, secret, later(2 * IDLE_TIMEOUT_MS - 1))).toEqual({
			status: 'ended',
			reason: 'idle'
		});
		expect(storedSessions()).toEqual([]);
		expect(resumeSession(db, secret, later(2 * IDLE_TIMEOUT_MS))).toEqual({ status: 'none' });
	});

	it('are unknown for a missing, malformed or made-up cookie', () => {
		createSession(db, 's1', NOW);
		for (const value of [undefined, '', 'abc', 'x'.repeat(43), `${'a'.repeat(42)}=`]) {
			expect(resumeSession(db, value, NOW)).toEqual({ status: 'none' });
		}
	});

	it('end on sign out', () => {
		const secret = createSession(db, 's1', NOW);
		endSession(db, secret);
		expect(resumeSession(db, secret, NOW)).toEqual({ status: 'none' });
	});

	it('clear out a staff member’s sessions past 12 hours when they sign in again', () => {
		createSession(db, 's1', NOW);
		createSession(db, 's1', later(ABSOLUTE_TIMEOUT_MS));
		expect(storedSessions()).toHaveLength(1);
	});
});
