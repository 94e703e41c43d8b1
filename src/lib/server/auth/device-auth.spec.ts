import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { revokeDevice } from '../devices/devices';
import { addTestPatient, enrolTestDevice, openTempStore } from '../patients/testing';
import type { Db } from '../store/open-store';
import { authenticateDevice, bearerToken } from './device-auth';

const t0 = new Date('2025-03-01T09:00:00Z');
const later = (ms: number) => new Date(t0.getTime() + ms);
const TOKEN = 'A'.repeat(43);

describe('bearerToken', () => {
	it.each([
		[`Bearer ${TOKEN}`, TOKEN],
		[`bearer ${TOKEN}`, TOKEN],
		[`Bearer   ${TOKEN} `, TOKEN],
		[`Basic ${TOKEN}`, null],
		[`Bearer ${TOKEN}=`, null],
		[`Bearer ${TOKEN.slice(1)}`, null],
		[`Bearer ${TOKEN} extra`, null],
		['Bearer', null],
		['', null],
		[null, null],
		[undefined, null]
	])('%j → %j', (header, expected) => {
		expect(bearerToken(header)).toBe(expected);
	});
});

describe('authenticateDevice', () => {
	let db: Db;
	let cleanup: () => void;
	beforeEach(() => {
		({ db, cleanup } = openTempStore());
	});
	afterEach(() => cleanup());

	it('finds the device and its patient', () => {
		const patient = addTestPatient(db);
		const { token, auth } = enrolTestDevice(db, patient);
		expect(authenticateDevice(db, `Bearer ${token}`, t0)).toEqual({
			device: { ...auth.device, lastSeenAt: t0.toISOString() },
			patient
		});
	});

	it('is null for an unknown, malformed or revoked token', () => {
		const patient = addTestPatient(db);
		const { token, auth } = enrolTestDevice(db, patient);
		expect(authenticateDevice(db, `Bearer ${TOKEN}`, t0)).toBeNull();
		expect(authenticateDevice(db, `Bearer ${token}x`, t0)).toBeNull();
		expect(authenticateDevice(db, token, t0)).toBeNull();
		expect(authenticateDevice(db, null, t0)).toBeNull();
		revokeDevice(db, auth.device.id, { by: 'self', now: t0 });
		expect(authenticateDevice(db, `Bearer ${token}`, later(1))).toBeNull();
	});

	it('writes last_seen_at at most once a minute', () => {
		const patient = addTestPatient(db);
		const { token, auth } = enrolTestDevice(db, patient);
		const lastSeen = () =>
			db.prepare('SELECT last_seen_at AS at FROM device WHERE id = ?').get(auth.device.id);
		authenticateDevice(db, `Bearer ${token}`, t0);
		authenticateDevice(db, `Bearer ${token}`, later(59_999));
		expect(lastSeen()).toEqual({ at: t0.toISOString() });
		authenticateDevice(db, `Bearer ${token}`, later(60_000));
		expect(lastSeen()).toEqual({ at: later(60_000).toISOString() });
	});
});
