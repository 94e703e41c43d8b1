import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../store/open-store';
import {
	clearSignInFailures,
	isSignInLimited,
	MAX_FAILURES_PER_EMAIL,
	MAX_FAILURES_PER_IP,
	recordSignInFailure,
	SIGN_IN_WINDOW_MS
} from './sign-in-limits';
import { openTestStore } from './test-store';

const NOW = new Date('2026-05-11T09:00:00Z');
const later = (ms: number) => new Date(NOW.getTime() + ms);

let db: Db;
let dispose: () => void;

beforeEach(() => ({ db, dispose } = openTestStore()));
afterEach(() => dispose());

const fail = (email: string, ip: string, times: number, at = NOW) => {
	for (let i = 0; i < times; i++) recordSignInFailure(db, { email, ip }, at);
};

describe('sign-in limits', () => {
	it('allow 4 failures for an email, then refuse at the 5th for 15 minutes', () => {
		fail('sam@example.nhs.uk', '10.0.0.1', MAX_FAILURES_PER_EMAIL - 1);
		expect(isSignInLimited(db, { email: 'sam@example.nhs.uk', ip: '10.0.0.9' }, NOW)).toBe(false);
		fail('sam@example.nhs.uk', '10.0.0.1', 1);
		expect(isSignInLimited(db, { email: 'SAM@example.nhs.uk ', ip: '10.0.0.9' }, NOW)).toBe(true);
		expect(
			isSignInLimited(
				db,
				{ email: 'sam@example.nhs.uk', ip: '10.0.0.9' },
				later(SIGN_IN_WINDOW_MS - 1)
			)
		).toBe(true);
		expect(
			isSignInLimited(db, { email: 'sam@example.nhs.uk', ip: '10.0.0.9' }, later(SIGN_IN_WINDOW_MS))
		).toBe(false);
	});

	it('limit one address to 20 failures across emails', () => {
		for (let i = 0; i < MAX_FAILURES_PER_IP - 1; i++) fail(`person${i}@example.com`, '10.0.0.1', 1);
		expect(isSignInLimited(db, { email: 'new@example.com', ip: '10.0.0.1' }, NOW)).toBe(false);
		fail('another@example.com', '10.0.0.1', 1);
		expect(isSignInLimited(db, { email: 'new@example.com', ip: '10.0.0.1' }, NOW)).toBe(true);
		expect(isSignInLimited(db, { email: 'new@example.com', ip: '10.0.0.2' }, NOW)).toBe(false);
	});

	it('count unknown and known emails alike', () => {
		fail('nobody@example.com', '10.0.0.1', MAX_FAILURES_PER_EMAIL);
		expect(isSignInLimited(db, { email: 'nobody@example.com', ip: '10.0.0.2' }, NOW)).toBe(true);
	});

	it('forget an email’s failures once it signs in, but not the address’s', () => {
		for (let i = 0; i < MAX_FAILURES_PER_IP; i++) fail('sam@example.nhs.uk', '10.0.0.1', 1);
		clearSignInFailures(db, 'Sam@Example.nhs.uk');
		expect(isSignInLimited(db, { email: 'sam@example.nhs.uk', ip: '10.0.0.2' }, NOW)).toBe(false);
		fail('x@example.com', '10.0.0.1', MAX_FAILURES_PER_IP);
		expect(isSignInLimited(db, { email: 'sam@example.nhs.uk', ip: '10.0.0.1' }, NOW)).toBe(true);
	});

	it('drop failures older than the window when a new one is recorded', () => {
		fail('sam@example.nhs.uk', '10.0.0.1', 3);
		fail('sam@example.nhs.uk', '10.0.0.1', 1, later(SIGN_IN_WINDOW_MS));
		const rows = db
			.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM staff_sign_in_failure')
			.get();
		expect(rows?.n).toBe(1);
	});
});
