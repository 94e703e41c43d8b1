import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { actorFromBy, recordAudit } from '../audit/audit';
import type { Db } from '../store/open-store';
import { isValidNhsNumber, normaliseNhsNumber } from './nhs-number';
import { statement } from '../store/statements';

/** A patient of the pain service, as staff enter them. */
export interface Patient {
	id: string;
	/** Ten digits, no spaces. */
	nhsNumber: string;
	givenName: string;
	familyName: string;
	/** `YYYY-MM-DD`. */
	birthDate: string;
	phone: string | null;
	email: string | null;
	createdAt: string;
	/** Staff account id, or `admin-cli`. */
	createdBy: string;
}

/** What staff type in to add a patient; blank optional fields count as absent. */
export interface NewPatientInput {
	nhsNumber: unknown;
	givenName: unknown;
	familyName: unknown;
	birthDate: unknown;
	phone?: unknown;
	email?: unknown;
}

export type PatientField =
	'nhsNumber' | 'givenName' | 'familyName' | 'birthDate' | 'phone' | 'email';
/** Why a field was refused; the staff console turns each into a translated message. */
export type PatientIssueCode = 'required' | 'invalid' | 'too-long' | 'future' | 'duplicate';

export interface PatientIssue {
	path: PatientField;
	code: PatientIssueCode;
}

/** The input to createPatient was refused; `issues` has at most one entry per field. */
export class PatientValidationError extends Error {
	override readonly name = 'PatientValidationError';
	constructor(readonly issues: PatientIssue[]) {
		super(`Patient details refused: ${issues.map((i) => `${i.path} ${i.code}`).join(', ')}`);
	}
}

const blankToUndefined = (value: unknown) =>
	typeof value === 'string' && value.trim() === '' ? undefined : value;

const required = z.string({ error: 'required' }).trim().min(1, 'required');
const name = required.max(100, 'too-long');

function patientSchema(now: Date) {
	const today = now.toISOString().slice(0, 10);
	return z.object({
		nhsNumber: required
			.refine(isValidNhsNumber, 'invalid')
			.transform((v) => normaliseNhsNumber(v) ?? v),
		givenName: name,
		familyName: name,
		birthDate: required
			.regex(/^\d{4}-\d{2}-\d{2}$/, 'invalid')
			.refine(isCalendarDate, 'invalid')
			.refine((value) => value >= '1900-01-01', 'invalid')
			.refine((value) => value <= today, 'future'),
		phone: z.preprocess(
			blankToUndefined,
			z
				.string('invalid')
				.trim()
				.max(30, 'too-long')
				.regex(/^\+?[0-9 ()-]{7,}$/, 'invalid')
				.optional()
		),
		email: z.preprocess(
			blankToUndefined,
			z.string('invalid').trim().max(254, 'too-long').pipe(z.email('invalid')).optional()
		)
	});
}

function isCalendarDate(value: string): boolean {
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const ISSUE_CODES: readonly PatientIssueCode[] = ['required', 'invalid', 'too-long', 'future'];

function toIssues(error: z.ZodError): PatientIssue[] {
	const issues = new Map<PatientField, PatientIssueCode>();
	for (const issue of error.issues) {
		const path = issue.path[0] as PatientField;
		const code = ISSUE_CODES.find((c) => c === issue.message) ?? 'invalid';
		if (!issues.has(path)) issues.set(path, code);
	}
	return [...issues].map(([path, code]) => ({ path, code }));
}

/**
 * Validates and adds a patient, recording who did it in the audit trail.
 * @param options.staffId - the staff account id, or `admin-cli`
 * @throws PatientValidationError with a code per refused field (`duplicate` for a known NHS number)
 */
export function createPatient(
	db: Db,
	input: NewPatientInput,
	{ now, staffId }: { now: Date; staffId: string }
): Patient {
	const parsed = patientSchema(now).safeParse(input);
	if (!parsed.success) throw new PatientValidationError(toIssues(parsed.error));
	const values = parsed.data;
	const patient: Patient = {
		id: randomUUID(),
		nhsNumber: values.nhsNumber,
		givenName: values.givenName,
		familyName: values.familyName,
		birthDate: values.birthDate,
		phone: values.phone ?? null,
		email: values.email ?? null,
		createdAt: now.toISOString(),
		createdBy: staffId
	};
	return db
		.transaction(() => {
			if (statement(db, 'SELECT 1 FROM patient WHERE nhs_number = ?').get(patient.nhsNumber)) {
				throw new PatientValidationError([{ path: 'nhsNumber', code: 'duplicate' }]);
			}
			statement(
				db,
				`INSERT INTO patient (id, nhs_number, given_name, family_name, birth_date, phone, email, created_at, created_by)
				 VALUES (@id, @nhsNumber, @givenName, @familyName, @birthDate, @phone, @email, @createdAt, @createdBy)`
			).run(patient);
			recordAudit(db, {
				at: now,
				actor: actorFromBy(staffId),
				action: 'patient.create',
				resourceType: 'Patient',
				resourceId: patient.id
			});
			return patient;
		})
		.immediate();
}

export interface PatientRow {
	id: string;
	nhs_number: string;
	given_name: string;
	family_name: string;
	birth_date: string;
	phone: string | null;
	email: string | null;
	created_at: string;
	created_by: string;
}

/** Maps a `patient` row (SELECT *) to a Patient. */
export function patientFromRow(row: PatientRow): Patient {
	return {
		id: row.id,
		nhsNumber: row.nhs_number,
		givenName: row.given_name,
		familyName: row.family_name,
		birthDate: row.birth_date,
		phone: row.phone,
		email: row.email,
		createdAt: row.created_at,
		createdBy: row.created_by
	};
}

/** The patient with this id, or null. */
export function getPatient(db: Db, id: string): Patient | null {
	const row = statement<[string], PatientRow>(db, 'SELECT * FROM patient WHERE id = ?').get(id);
	return row ? patientFromRow(row) : null;
}

// Accents and case are ignored, so "zoe" finds "Zoë" (SQLite's LIKE folds ASCII only).
const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Patients whose name or NHS number contains the search text (case and accents ignored,
 * spaces in an NHS number too), by family then given name; everyone when there is no text.
 */
export function listPatients(db: Db, { search = '' }: { search?: string } = {}): Patient[] {
	const patients = statement<[], PatientRow>(
		db,
		'SELECT * FROM patient ORDER BY family_name COLLATE NOCASE, given_name COLLATE NOCASE, id'
	)
		.all()
		.map(patientFromRow);
	const term = fold(search.trim());
	if (term === '') return patients;
	const digits = term.replace(/[\s-]/g, '');
	const isNumber = /^\d+$/.test(digits);
	return patients.filter((patient) =>
		isNumber
			? patient.nhsNumber.includes(digits)
			: fold(`${patient.givenName} ${patient.familyName}`).includes(term) ||
				fold(`${patient.familyName}, ${patient.givenName}`).includes(term)
	);
}

/** The name staff and the app show for a patient: given then family name. */
export function displayName(patient: Pick<Patient, 'givenName' | 'familyName'>): string {
	return `${patient.givenName} ${patient.familyName}`;
}
