import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DeviceAuth } from '../auth/device-auth';
import { issueCode } from '../enrolment/codes';
import { exchangeCode } from '../enrolment/exchange';
import { openStore, type Db } from '../store/open-store';
import { createPatient, type NewPatientInput, type Patient } from './patients';

/** A fresh database in a temporary folder, for specs; `cleanup` closes and deletes it. */
export function openTempStore(): { db: Db; dir: string; cleanup: () => void } {
	const dir = mkdtempSync(join(tmpdir(), 'tend-test-'));
	const db = openStore(dir);
	return {
		db,
		dir,
		cleanup: () => {
			if (db.open) db.close();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

/** Valid made-up NHS numbers (check digit worked out), for specs. */
export const TEST_NHS_NUMBERS = ['9434765919', '9434765870', '4857773457', '4010232137'] as const;

/** Adds a patient with deterministic details, for specs. */
export function addTestPatient(db: Db, overrides: Partial<NewPatientInput> = {}): Patient {
	return createPatient(
		db,
		{
			nhsNumber: TEST_NHS_NUMBERS[0],
			givenName: 'Sam',
			familyName: 'Jones',
			birthDate: '1970-05-04',
			...overrides
		},
		{ now: new Date('2025-03-01T09:00:00Z'), staffId: 'staff-1' }
	);
}

/**
 * Enrols a device for the patient the way the app does (issue a code, exchange it), for
 * specs; returns its token and what authenticateDevice would give for it.
 */
export function enrolTestDevice(
	db: Db,
	patient: Patient,
	options: { role?: 'patient' | 'carer'; name?: string; ip?: string; now?: Date } = {}
): { token: string; auth: DeviceAuth } {
	const now = options.now ?? new Date('2025-03-01T09:00:00Z');
	const role = options.role ?? 'patient';
	const { code } = issueCode(db, {
		patientId: patient.id,
		role,
		...(role === 'carer' ? { carerName: 'Alex Jones', carerRelationship: 'daughter' } : {}),
		staffId: 'staff-1',
		now
	});
	const result = exchangeCode(db, {
		code,
		deviceName: options.name ?? 'Test phone',
		ip: options.ip ?? '192.0.2.1',
		now
	});
	if (!result.ok) throw new Error(`enrolment failed: ${result.reason}`);
	return { token: result.token, auth: { device: result.device, patient: result.patient } };
}
