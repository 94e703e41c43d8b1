import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAuditEvents } from '../audit/audit';
import type { Db } from '../store/open-store';
import {
	createPatient,
	displayName,
	getPatient,
	listPatients,
	PatientValidationError,
	type NewPatientInput
} from './patients';
import { openTempStore, TEST_NHS_NUMBERS } from './testing';

const now = new Date('2025-03-01T09:00:00Z');
const valid: NewPatientInput = {
	nhsNumber: '943 476 5919',
	givenName: ' Sam ',
	familyName: 'Jones',
	birthDate: '1970-05-04',
	phone: '01632 960 001',
	email: 'sam@example.com'
};

let db: Db;
let cleanup: () => void;

beforeEach(() => {
	({ db, cleanup } = openTempStore());
});
afterEach(() => cleanup());

function issuesFor(input: Partial<Record<keyof NewPatientInput, unknown>>) {
	try {
		createPatient(db, { ...valid, ...input } as NewPatientInput, { now, staffId: 'staff-1' });
	} catch (error) {
		if (error instanceof PatientValidationError) return error.issues;
		throw error;
	}
	return [];
}

describe('createPatient', () => {
	it('stores a normalised patient and audits it', () => {
		const patient = createPatient(db, valid, { now, staffId: 'staff-1' });
		expect(patient).toEqual({
			id: expect.stringMatching(/^[0-9a-f-]{36}$/),
			nhsNumber: '9434765919',
			givenName: 'Sam',
			familyName: 'Jones',
			birthDate: '1970-05-04',
			phone: '01632 960 001',
			email: 'sam@example.com',
			createdAt: '2025-03-01T09:00:00.000Z',
			createdBy: 'staff-1'
		});
		expect(getPatient(db, patient.id)).toEqual(patient);
		expect(listAuditEvents(db)).toMatchObject([
			{ actorType: 'staff', actorId: 'staff-1', action: 'patient.create', resourceId: patient.id }
		]);
	});

	it('treats blank optional fields as absent', () => {
		const patient = createPatient(db, { ...valid, phone: ' ', email: '' }, { now, staffId: 'x' });
		expect(patient.phone).toBeNull();
		expect(patient.email).toBeNull();
	});

	it('records the admin command line as an admin actor', () => {
		createPatient(db, valid, { now, staffId: 'admin-cli' });
		expect(listAuditEvents(db)[0]).toMatchObject({ actorType: 'admin', actorId: null });
	});

	it.each([
		[{ nhsNumber: '9434765918' }, 'nhsNumber', 'invalid'],
		[{ nhsNumber: '' }, 'nhsNumber', 'required'],
		[{ nhsNumber: undefined }, 'nhsNumber', 'required'],
		[{ givenName: '  ' }, 'givenName', 'required'],
		[{ familyName: 'x'.repeat(101) }, 'familyName', 'too-long'],
		[{ birthDate: '1970-02-30' }, 'birthDate', 'invalid'],
		[{ birthDate: '04/05/1970' }, 'birthDate', 'invalid'],
		[{ birthDate: '1899-12-31' }, 'birthDate', 'invalid'],
		[{ birthDate: '2025-03-02' }, 'birthDate', 'future'],
		[{ phone: 'call me' }, 'phone', 'invalid'],
		[{ email: 'not-an-email' }, 'email', 'invalid'],
		[{ email: 42 }, 'email', 'invalid']
	])('refuses %j as %s %s', (input, path, code) => {
		expect(issuesFor(input)).toEqual([{ path, code }]);
	});

	it('accepts a birth date of today', () => {
		expect(issuesFor({ birthDate: '2025-03-01' })).toEqual([]);
	});

	it('reports every bad field at once', () => {
		expect(issuesFor({ nhsNumber: '1', givenName: '', birthDate: 'x' }).map((i) => i.path)).toEqual(
			['nhsNumber', 'givenName', 'birthDate']
		);
	});

	it('refuses a second patient with the same NHS number', () => {
		createPatient(db, valid, { now, staffId: 'staff-1' });
		expect(issuesFor({ nhsNumber: '9434765919', givenName: 'Other' })).toEqual([
			{ path: 'nhsNumber', code: 'duplicate' }
		]);
	});
});

describe('listPatients', () => {
	beforeEach(() => {
		const add = (nhsNumber: string, givenName: string, familyName: string) =>
			createPatient(
				db,
				{ nhsNumber, givenName, familyName, birthDate: '1980-01-01' },
				{
					now,
					staffId: 'staff-1'
				}
			);
		add(TEST_NHS_NUMBERS[0], 'Sam', 'Jones');
		add(TEST_NHS_NUMBERS[1], 'Zoë', 'Adams');
		add(TEST_NHS_NUMBERS[2], 'Alex', 'JONES-Smith');
	});

	const names = (search?: string) => listPatients(db, { search }).map(displayName);

	it('lists everyone by family name when there is no search', () => {
		expect(names()).toEqual(['Zoë Adams', 'Sam Jones', 'Alex JONES-Smith']);
		expect(names('  ')).toHaveLength(3);
	});

	it.each([
		['jones', ['Sam Jones', 'Alex JONES-Smith']],
		['ZOE', ['Zoë Adams']],
		['sam jones', ['Sam Jones']],
		['jones, sam', ['Sam Jones']],
		['943 476 59', ['Sam Jones']],
		['943476', ['Zoë Adams', 'Sam Jones']],
		['5919', ['Sam Jones']],
		['nobody', []],
		['%', []]
	])('finds %j', (search, expected) => {
		expect(names(search)).toEqual(expected);
	});
});

describe('getPatient', () => {
	it('is null for an unknown id', () => {
		expect(getPatient(db, 'nope')).toBeNull();
	});
});
