import * as crypto from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listAuditEvents } from '../audit/audit';
import { hashDeviceToken } from '../devices/devices';
import { addTestPatient, openTempStore } from '../patients/testing';
import type { Patient } from '../patients/patients';
import type { Db } from '../store/open-store';
import { FAILURE_WINDOW_MS } from './address-limit';
import { issueCode } from './codes';
import { cleanDeviceName, exchangeCode, MAX_CODE_ATTEMPTS } from './exchange';

vi.mock('node:crypto', async (importOriginal) => {
	const actual = await importOriginal<typeof import('node:crypto')>();
	return { ...actual, timingSafeEqual: vi.fn(actual.timingSafeEqual) };
});

const t0 = new Date('2025-03-01T09:00:00Z');
const later = (ms: number) => new Date(t0.getTime() + ms);
const IP = '203.0.113.7';

let db: Db;
let dir: string;
let cleanup: () => void;
let patient: Patient;

beforeEach(() => {
	({ db, dir, cleanup } = openTempStore());
	patient = addTestPatient(db);
});
afterEach(() => cleanup());

function issue(overrides: Partial<Parameters<typeof issueCode>[1]> = {}) {
	return issueCode(db, {
		patientId: patient.id,
		role: 'patient',
		staffId: 's',
		now: t0,
		...overrides
	});
}

function exchange(code: unknown, options: { ip?: string; now?: Date; deviceName?: unknown } = {}) {
	return exchangeCode(db, {
		code,
		deviceName: 'deviceName' in options ? options.deviceName : "Sam's phone",
		ip: options.ip ?? IP,
		now: options.now ?? later(1000)
	});
}

/** The code with its last secret character changed. */
const wrong = (code: string, n = 0) =>
	code.slice(0, -1) + (code.endsWith(String(n)) ? 'Z' : String(n));

describe('exchangeCode, success', () => {
	it('creates a device with a 256-bit token, uses up the code and audits it', () => {
		const { code } = issue();
		const result = exchange(code.toLowerCase().replaceAll('-', ' '));
		if (!result.ok) throw new Error(result.reason);
		expect(result.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
		expect(result).toMatchObject({
			role: 'patient',
			carer: null,
			patient: { id: patient.id },
			device: { patientId: patient.id, name: "Sam's phone", role: 'patient', revokedAt: null }
		});
		expect(db.prepare('SELECT used_at FROM enrolment_code').get()).toEqual({
			used_at: later(1000).toISOString()
		});
		expect(listAuditEvents(db, { action: 'device.enrol' })).toMatchObject([
			{ actorType: 'device', actorId: result.device.id, resourceId: patient.id }
		]);
	});

	it('stores only the token’s hash: the token is nowhere in the database files', () => {
		const { code } = issue();
		const result = exchange(code);
		if (!result.ok) throw new Error(result.reason);
		expect(db.prepare('SELECT token_hash FROM device').get()).toEqual({
			token_hash: hashDeviceToken(result.token)
		});
		for (const form of ['before checkpoint', 'after checkpoint']) {
			for (const file of readdirSync(dir)) {
				const bytes = readFileSync(join(dir, file));
				expect(bytes.includes(result.token), `${file} ${form}`).toBe(false);
				expect(bytes.includes(Buffer.from(result.token, 'base64url')), `${file} ${form}`).toBe(
					false
				);
			}
			db.pragma('wal_checkpoint(TRUNCATE)');
		}
	});

	it('gives a carer’s device the carer role and details', () => {
		const { code } = issue({
			role: 'carer',
			carerName: 'Alex Jones',
			carerRelationship: 'daughter'
		});
		expect(exchange(code)).toMatchObject({
			ok: true,
			role: 'carer',
			carer: { name: 'Alex Jones', relationship: 'daughter' },
			device: { role: 'carer', carer: { name: 'Alex Jones', relationship: 'daughter' } }
		});
	});

	it('works up to the last millisecond before expiry', () => {
		const { code, expiresAt } = issue();
		expect(exchange(code, { now: new Date(Date.parse(expiresAt) - 1) }).ok).toBe(true);
	});
});

describe('exchangeCode, failures', () => {
	it.each([
		[{ code: 42 }],
		[{ code: 'x'.repeat(65) }],
		[{ deviceName: undefined }],
		[{ deviceName: '   ' }],
		[{ deviceName: 'x'.repeat(101) }],
		[{ deviceName: ['phone'] }]
	])('refuses %j as invalid-request, not counted against the address', (input) => {
		const { code } = issue();
		const options = 'deviceName' in input ? { deviceName: input.deviceName } : {};
		expect(exchange('code' in input ? input.code : code, options)).toEqual({
			ok: false,
			reason: 'invalid-request'
		});
		expect(db.prepare('SELECT count(*) AS n FROM enrol_failure').get()).toEqual({ n: 0 });
	});

	it('says code-unknown for an unknown or malformed code', () => {
		expect(exchange('ZZZZ-ZZZZ-ZZZZ')).toEqual({ ok: false, reason: 'code-unknown' });
		expect(exchange('ABC')).toEqual({ ok: false, reason: 'code-unknown' });
	});

	it('says code-used the second time', () => {
		const { code } = issue();
		expect(exchange(code).ok).toBe(true);
		expect(exchange(code)).toEqual({ ok: false, reason: 'code-used' });
		expect(db.prepare('SELECT count(*) AS n FROM device').get()).toEqual({ n: 1 });
	});

	it('says code-expired from the moment of expiry', () => {
		const { code, expiresAt } = issue();
		expect(exchange(code, { now: new Date(expiresAt) })).toEqual({
			ok: false,
			reason: 'code-expired'
		});
	});

	it('tells a used or expired code only to someone holding its secret', () => {
		const { code } = issue();
		expect(exchange(code).ok).toBe(true);
		expect(exchange(wrong(code))).toEqual({ ok: false, reason: 'code-unknown' });
	});

	it(`locks the code at the ${MAX_CODE_ATTEMPTS}th wrong secret, even for the right one after`, () => {
		const { code } = issue();
		for (let i = 1; i < MAX_CODE_ATTEMPTS; i++) {
			expect(exchange(wrong(code, i))).toEqual({ ok: false, reason: 'code-unknown' });
		}
		expect(exchange(wrong(code, 9))).toEqual({ ok: false, reason: 'code-locked' });
		expect(exchange(code)).toEqual({ ok: false, reason: 'code-locked' });
		expect(
			db
				.prepare('SELECT failed_attempts, locked_at IS NOT NULL AS locked FROM enrolment_code')
				.get()
		).toEqual({
			failed_attempts: MAX_CODE_ATTEMPTS,
			locked: 1
		});
		expect(listAuditEvents(db, { action: 'enrolment-code.lock' })).toHaveLength(1);
		expect(db.prepare('SELECT count(*) AS n FROM device').get()).toEqual({ n: 0 });
	});

	it('lets four wrong attempts pass, then the right code still works', () => {
		const { code } = issue();
		for (let i = 1; i < MAX_CODE_ATTEMPTS; i++) exchange(wrong(code, i));
		expect(exchange(code).ok).toBe(true);
	});
});

describe('exchangeCode, per-address limit', () => {
	it('refuses the 21st attempt after 20 failures in 15 minutes, saying when to retry', () => {
		const { code } = issue();
		for (let i = 0; i < 20; i++) {
			expect(exchange('ZZZZ-ZZZZ-ZZZZ', { now: later(i * 1000) }).ok).toBe(false);
		}
		expect(exchange(code, { now: later(20_000) })).toEqual({
			ok: false,
			reason: 'rate-limited',
			retryAfterSeconds: FAILURE_WINDOW_MS / 1000 - 20
		});
		// A refused attempt does not count, and other addresses are not affected.
		expect(exchange(code, { ip: '198.51.100.1', now: later(21_000) }).ok).toBe(true);
	});

	it('lets the address try again once its oldest failure leaves the window', () => {
		const { code } = issue();
		for (let i = 0; i < 20; i++) exchange('ZZZZ-ZZZZ-ZZZZ', { now: later(i * 1000) });
		expect(exchange(code, { now: later(FAILURE_WINDOW_MS - 1) }).ok).toBe(false);
		expect(exchange(code, { now: later(FAILURE_WINDOW_MS) }).ok).toBe(true);
	});

	it('counts wrong secrets, used and expired codes against the address too', () => {
		const used = issue().code;
		exchange(used);
		const expired = issue({ lifetimeDays: 1 }).code;
		const dayAfter = later(24 * 3600 * 1000);
		exchange(wrong(used), { now: dayAfter });
		exchange(used, { now: dayAfter });
		exchange(expired, { now: dayAfter });
		expect(db.prepare('SELECT count(*) AS n FROM enrol_failure').get()).toEqual({ n: 3 });
	});

	it('counts an IPv6 /64 as one address', () => {
		for (let i = 0; i < 20; i++)
			exchange('ZZZZ-ZZZZ-ZZZZ', { ip: `2001:db8:1:2::${i.toString(16)}` });
		const { code } = issue();
		expect(exchange(code, { ip: '2001:db8:1:2:ffff::1' })).toMatchObject({
			reason: 'rate-limited'
		});
	});
});

describe('exchangeCode, constant-time comparison', () => {
	it('compares with timingSafeEqual whether or not the lookup id exists', () => {
		const spy = vi.mocked(crypto.timingSafeEqual);
		const { code } = issue();
		spy.mockClear();
		exchange(wrong(code));
		expect(spy).toHaveBeenCalledTimes(1);
		spy.mockClear();
		exchange('ZZZZ-ZZZZ-ZZZZ');
		expect(spy).toHaveBeenCalledTimes(1);
		spy.mockClear();
		exchange('nonsense');
		expect(spy).toHaveBeenCalledTimes(1);
	});
});

describe('cleanDeviceName', () => {
	it.each([
		[' Sam’s phone ', 'Sam’s phone'],
		['a\u0000b', 'a b'],
		['', null],
		[7, null]
	])('%j → %j', (input, expected) => {
		expect(cleanDeviceName(input)).toBe(expected);
	});
});
