import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isRedirect, type Cookies } from '@sveltejs/kit';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { closeStore, initStore } from '../store/store';
import { STAFF_COOKIE_NAME } from './cookie';
import {
	currentSession,
	requireStaff,
	setSessionCookie,
	signedOutReason,
	signOutRequest,
	type StaffEvent
} from './request';
import { IDLE_TIMEOUT_MS } from './session-expiry';
import { createSession } from './sessions';
import { addTestStaff } from './test-store';

let dir: string;

// One store for the file: the running service's store is opened once per process.
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'tend-staff-request-'));
	initStore(dir);
});
afterAll(() => {
	closeStore();
	rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
	const db = initStore(dir);
	db.exec('DELETE FROM staff_session; DELETE FROM staff_account;');
	addTestStaff(db);
});

/** A request event with an in-memory cookie jar that records what was set and deleted. */
function fakeEvent(cookie?: string, url = 'http://localhost:3000/staff') {
	const jar = new Map<string, string>(cookie ? [[STAFF_COOKIE_NAME, cookie]] : []);
	const calls: { op: 'set' | 'delete'; name: string; options: object }[] = [];
	const cookies = {
		get: (name: string) => jar.get(name),
		set: (name: string, value: string, options: object) => {
			jar.set(name, value);
			calls.push({ op: 'set', name, options });
		},
		delete: (name: string, options: object) => {
			jar.delete(name);
			calls.push({ op: 'delete', name, options });
		}
	} as unknown as Cookies;
	const event: StaffEvent = { cookies, locals: {}, url: new URL(url) };
	return { event, jar, calls };
}

function redirectOf(action: () => unknown): string | undefined {
	try {
		action();
	} catch (thrown) {
		if (isRedirect(thrown)) return `${thrown.status} ${thrown.location}`;
		throw thrown;
	}
	return undefined;
}

describe('requireStaff', () => {
	it('sends a request without a session to sign in', () => {
		expect(redirectOf(() => requireStaff(fakeEvent().event))).toBe('303 /staff/sign-in');
	});

	it('returns the signed-in staff member and sets locals.staff', () => {
		const { event } = fakeEvent(createSession(initStore(dir), 's1', new Date()));
		expect(requireStaff(event)).toMatchObject({ id: 's1', name: 'Sam Clinician' });
		expect(event.locals.staff).toMatchObject({ id: 's1' });
	});

	it('says why when a session has ended, and removes its cookie', () => {
		const longAgo = new Date(Date.now() - IDLE_TIMEOUT_MS - 1000);
		const { event, jar, calls } = fakeEvent(createSession(initStore(dir), 's1', longAgo));
		expect(redirectOf(() => requireStaff(event))).toBe('303 /staff/sign-in?signed-out=idle');
		expect(jar.has(STAFF_COOKIE_NAME)).toBe(false);
		expect(calls).toEqual([
			expect.objectContaining({
				op: 'delete',
				options: expect.objectContaining({ path: '/staff' })
			})
		]);
		expect(event.locals.staff).toBeNull();
	});

	it('looks the session up once per request, however many loads ask', () => {
		const db = initStore(dir);
		const { event } = fakeEvent(createSession(db, 's1', new Date()));
		const first = currentSession(event);
		db.prepare('DELETE FROM staff_session').run();
		expect(currentSession(event)).toBe(first);
	});
});

describe('session cookie', () => {
	it('is set with the staff cookie attributes, Secure over https', () => {
		const { event, calls } = fakeEvent(undefined, 'https://pain.example.nhs.uk/staff/sign-in');
		setSessionCookie(event, 'secret');
		expect(calls).toEqual([
			{
				op: 'set',
				name: STAFF_COOKIE_NAME,
				options: expect.objectContaining({
					httpOnly: true,
					sameSite: 'strict',
					path: '/staff',
					secure: true
				})
			}
		]);
	});

	it('replaces the session the browser had before', () => {
		const db = initStore(dir);
		const old = createSession(db, 's1', new Date());
		const { event } = fakeEvent(old);
		setSessionCookie(event, createSession(db, 's1', new Date()));
		expect(currentSession(fakeEvent(old).event)).toEqual({ status: 'none' });
		expect(db.prepare('SELECT COUNT(*) AS n FROM staff_session').get()).toEqual({ n: 1 });
	});

	it('and its session are gone after signing out', () => {
		const db = initStore(dir);
		const secret = createSession(db, 's1', new Date());
		signOutRequest(fakeEvent(secret).event);
		expect(db.prepare('SELECT COUNT(*) AS n FROM staff_session').get()).toEqual({ n: 0 });
		expect(currentSession(fakeEvent(secret).event)).toEqual({ status: 'none' });
	});
});

describe('signedOutReason', () => {
	it.each([
		['?signed-out=idle', 'idle'],
		['?signed-out=absolute', 'absolute'],
		['?signed-out=manual', 'manual'],
		['?signed-out=<script>', null],
		['', null]
	])('%s → %s', (query, expected) => {
		expect(signedOutReason(new URL(`http://localhost/staff/sign-in${query}`))).toBe(expected);
	});
});
