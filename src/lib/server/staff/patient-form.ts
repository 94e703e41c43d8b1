import type { DateParts } from '$lib/ui/types';
import {
	createPatient,
	PatientValidationError,
	type NewPatientInput,
	type PatientField,
	type PatientIssue,
	type PatientIssueCode
} from '../patients/patients';
import type { Db } from '../store/open-store';
import { formText, type FieldError } from './form-fields';

/** The add-patient form as typed, kept to show again when something needs fixing. */
export interface PatientFormValues {
	givenName: string;
	familyName: string;
	birthDate: DateParts;
	nhsNumber: string;
	phone: string;
	email: string;
}

/** Form field ids (and names), in the order the form shows them. */
export const PATIENT_FIELD_IDS: Record<PatientField, string> = {
	givenName: 'given-name',
	familyName: 'family-name',
	birthDate: 'birth-date',
	nhsNumber: 'nhs-number',
	phone: 'phone',
	email: 'email'
};
const FIELD_ORDER = Object.keys(PATIENT_FIELD_IDS) as PatientField[];

/** Reads the add-patient form. The date of birth comes as three boxes (DateInput). */
export function readPatientForm(data: FormData): PatientFormValues {
	const id = PATIENT_FIELD_IDS;
	return {
		givenName: formText(data, id.givenName),
		familyName: formText(data, id.familyName),
		birthDate: {
			day: formText(data, `${id.birthDate}[day]`),
			month: formText(data, `${id.birthDate}[month]`),
			year: formText(data, `${id.birthDate}[year]`)
		},
		nhsNumber: formText(data, id.nhsNumber),
		phone: formText(data, id.phone),
		email: formText(data, id.email)
	};
}

/**
 * The date boxes as `YYYY-MM-DD` for createPatient to check: '' when all are empty, and
 * something it refuses as invalid when only some are filled in or they are not numbers.
 */
export function birthDateFromParts({ day, month, year }: DateParts): string {
	if (!day && !month && !year) return '';
	const pad = (value: string) => (/^\d$/.test(value) ? `0${value}` : value);
	return `${year}-${pad(month)}-${pad(day)}`;
}

/** What createPatient is given for the form's values. */
export function patientInputFromForm(values: PatientFormValues): NewPatientInput {
	return {
		givenName: values.givenName,
		familyName: values.familyName,
		birthDate: birthDateFromParts(values.birthDate),
		nhsNumber: values.nhsNumber,
		phone: values.phone,
		email: values.email
	};
}

type Messages = Partial<Record<PatientIssueCode, string>> & { invalid: string };

// Every combination createPatient can report; anything else falls back to `invalid`.
const MESSAGES: Record<PatientField, Messages> = {
	givenName: {
		required: 'staff:patient_form.given_name.required',
		'too-long': 'staff:patient_form.given_name.too_long',
		invalid: 'staff:patient_form.given_name.required'
	},
	familyName: {
		required: 'staff:patient_form.family_name.required',
		'too-long': 'staff:patient_form.family_name.too_long',
		invalid: 'staff:patient_form.family_name.required'
	},
	birthDate: {
		required: 'staff:patient_form.birth_date.required',
		future: 'staff:patient_form.birth_date.future',
		invalid: 'staff:patient_form.birth_date.invalid'
	},
	nhsNumber: {
		required: 'staff:patient_form.nhs_number.required',
		duplicate: 'staff:patient_form.nhs_number.duplicate',
		invalid: 'staff:patient_form.nhs_number.invalid'
	},
	phone: {
		'too-long': 'staff:patient_form.phone.invalid',
		invalid: 'staff:patient_form.phone.invalid'
	},
	email: {
		'too-long': 'staff:patient_form.email.invalid',
		invalid: 'staff:patient_form.email.invalid'
	}
};

/** Turns createPatient's refusals into form errors, in the order of the form. */
export function patientFormErrors(issues: readonly PatientIssue[]): FieldError[] {
	return [...issues]
		.sort((a, b) => FIELD_ORDER.indexOf(a.path) - FIELD_ORDER.indexOf(b.path))
		.map((issue) => {
			const field = PATIENT_FIELD_IDS[issue.path];
			const messages = MESSAGES[issue.path];
			return {
				field,
				// The date's error links to its first box, which can take focus.
				anchor: issue.path === 'birthDate' ? `${field}-day` : field,
				message: messages[issue.code] ?? messages.invalid
			};
		});
}

export type AddPatientResult =
	{ ok: true; patientId: string } | { ok: false; values: PatientFormValues; errors: FieldError[] };

/** Adds the patient the form describes, or says what to fix (with the values as typed). */
export function addPatientFromForm(
	db: Db,
	data: FormData,
	options: { now: Date; staffId: string }
): AddPatientResult {
	const values = readPatientForm(data);
	try {
		return { ok: true, patientId: createPatient(db, patientInputFromForm(values), options).id };
	} catch (error) {
		if (!(error instanceof PatientValidationError)) throw error;
		return { ok: false, values, errors: patientFormErrors(error.issues) };
	}
}
