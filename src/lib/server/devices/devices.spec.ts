import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAuditEvents } from '../audit/audit';
import {
	addTestPatient,
	enrolTestDevice,
	openTempStore,
	TEST_NHS_NUMBERS
} from '../patients/testing';
import type { Db } from '../store/open-store';
import { getDevice, hashDeviceToken, listDevices, revokeDevice } from './devices';

const now = new Date('2025-03-02T10:00:00Z');
let db: Db;
let cleanup: () => void;

beforeEach(() => {
	({ db, cleanup } = openTempStore());
});
afterEach(() => cleanup());

describe('listDevices', () => {
	it('lists a patient’s devices, newest first, with role, carer and times', () => {
		const patient = addTestPatient(db);
		const other = addTestPatient(db, { nhsNumber: TEST_NHS_NUMBERS[1] });
		enrolTestDevice(db, patient, { name: 'Phone', now: new Date('2025-03-01T09:00:00Z') });
		enrolTestDevice(db, patient, {
			role: 'carer',
			name: 'Tablet',
			now: new Date('2025-03-01T10:00:00Z')
		});
		enrolTestDevice(db, other);
		expect(listDevices(db, patient.id)).toMatchObject([
			{
				name: 'Tablet',
				role: 'carer',
				carer: { name: 'Alex Jones', relationship: 'daughter' },
				createdAt: '2025-03-01T10:00:00.000Z',
				lastSeenAt: null,
				revokedAt: null
			},
			{ name: 'Phone', role: 'patient', carer: null }
		]);
	});
});

describe('revokeDevice', () => {
	it('revokes once, says who did it and audits it', () => {
		const patient = addTestPatient(db);
		const { auth } = enrolTestDevice(db, patient);
		expect(revokeDevice(db, auth.device.id, { by: 'staff-9', now })).toBe(true);
		expect(getDevice(db, auth.device.id)).toMatchObject({
			revokedAt: now.toISOString(),
			revokedBy: 'staff-9'
		});
		expect(revokeDevice(db, auth.device.id, { by: 'staff-9', now })).toBe(false);
		expect(listAuditEvents(db, { action: 'device.revoke' })).toMatchObject([
			{
				actorType: 'staff',
				actorId: 'staff-9',
				resourceId: patient.id,
				detail: { deviceId: auth.device.id }
			}
		]);
	});

	it('is false for an unknown device', () => {
		expect(revokeDevice(db, 'nope', { by: 'admin-cli', now })).toBe(false);
	});
});

describe('hashDeviceToken', () => {
	it('is SHA-256 hex', () => {
		expect(hashDeviceToken('abc')).toBe(
			'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
		);
	});
});
