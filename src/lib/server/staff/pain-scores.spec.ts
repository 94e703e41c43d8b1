import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDevice, listDevices } from '../devices/devices';
import { issueCode } from '../enrolment/codes';
import { addTestPatient, TEST_NHS_NUMBERS } from '../patients/testing';
import type { Db } from '../store/open-store';
import { listPainScores, readPainObservation } from './pain-scores';
import { openTestStore } from './test-store';

const NOW = new Date('2026-05-11T09:00:00Z');
let db: Db;
let dispose: () => void;

beforeEach(() => ({ db, dispose } = openTestStore()));
afterEach(() => dispose());

const painObservation = (fields: Record<string, unknown>, code = '72514-3') => ({
	resourceType: 'Observation',
	status: 'final',
	code: { coding: [{ system: 'http://loinc.org', code }] },
	...fields
});

let stored = 0;
function store(patientId: string, body: unknown, deviceId: string | null, at = NOW): void {
	stored += 1;
	db.prepare(
		`INSERT INTO fhir_resource (id, resource_type, patient_id, identifier_system, identifier_value,
			version_id, last_updated, author_device_id, body)
		 VALUES (?, 'Observation', ?, 'urn:ietf:rfc:3986', ?, 1, ?, ?, ?)`
	).run(
		`obs-${stored}`,
		patientId,
		`urn:uuid:${stored}`,
		at.toISOString(),
		deviceId,
		JSON.stringify(body)
	);
}

function addDevice(patientId: string, role: 'patient' | 'carer', name: string) {
	const carer = role === 'carer' ? { carerName: 'Alex Jones', carerRelationship: 'daughter' } : {};
	const code = issueCode(db, { patientId, role, ...carer, staffId: 's1', now: NOW });
	return createDevice(db, {
		patientId,
		enrolmentCodeId: code.id,
		role,
		carer: role === 'carer' ? { name: 'Alex Jones', relationship: 'daughter' } : null,
		name,
		now: NOW
	}).device;
}

describe('readPainObservation', () => {
	it.each([
		[{ effectiveDateTime: '2026-05-10T08:00:00Z', valueInteger: 6 }, '2026-05-10T08:00:00Z', 6],
		[{ effectivePeriod: { start: '2026-05-10' }, valueQuantity: { value: 0 } }, '2026-05-10', 0],
		[{ effectiveInstant: '2026-05-10T08:00:00Z', valueInteger: 11 }, '2026-05-10T08:00:00Z', null],
		[{ valueString: 'bad' }, null, null]
	])('%j', (fields, effective, value) => {
		expect(readPainObservation(painObservation(fields))).toEqual({ effective, value });
	});

	it('copes with a body that is not an object', () => {
		expect(readPainObservation(null)).toEqual({ effective: null, value: null });
	});
});

describe('listPainScores', () => {
	it('lists only this patient’s pain scores, newest first, with who sent each', () => {
		const patient = addTestPatient(db);
		const other = addTestPatient(db, { nhsNumber: TEST_NHS_NUMBERS[1] });
		const phone = addDevice(patient.id, 'patient', 'Sam’s phone');
		const tablet = addDevice(patient.id, 'carer', 'Alex’s tablet');
		store(
			patient.id,
			painObservation({ effectiveDateTime: '2026-05-09T08:00:00Z', valueInteger: 4 }),
			phone.id
		);
		store(
			patient.id,
			painObservation({ effectiveDateTime: '2026-05-10T08:00:00Z', valueInteger: 7 }),
			tablet.id
		);
		store(
			patient.id,
			painObservation({ effectiveDateTime: '2026-05-10T09:00:00Z', valueInteger: 2 }, '8867-4'),
			phone.id
		);
		store(
			other.id,
			painObservation({ effectiveDateTime: '2026-05-11T08:00:00Z', valueInteger: 9 }),
			null
		);

		expect(listPainScores(db, patient.id, listDevices(db, patient.id))).toEqual([
			{
				id: 'obs-2',
				effective: '2026-05-10T08:00:00Z',
				value: 7,
				sender: { role: 'carer', deviceName: 'Alex’s tablet', carerName: 'Alex Jones' },
				receivedAt: NOW.toISOString()
			},
			{
				id: 'obs-1',
				effective: '2026-05-09T08:00:00Z',
				value: 4,
				sender: { role: 'patient', deviceName: 'Sam’s phone', carerName: null },
				receivedAt: NOW.toISOString()
			}
		]);
	});

	it('names no sender when the device is unknown', () => {
		const patient = addTestPatient(db);
		store(patient.id, painObservation({ valueInteger: 3 }), null);
		expect(listPainScores(db, patient.id, [])).toEqual([
			expect.objectContaining({ effective: null, value: 3, sender: null })
		]);
	});
});
