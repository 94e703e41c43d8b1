import type { EnrolmentRole } from '../devices/devices';
import {
	IssueCodeError,
	issueCode,
	type IssueCodeField,
	type IssuedCode
} from '../enrolment/codes';
import type { Db } from '../store/open-store';
import { fieldError, formText, type FieldError } from './form-fields';

/** The issue-code form as typed. */
export interface CodeFormValues {
	role: string;
	carerName: string;
	carerRelationship: string;
}

/** Form field ids (and names). The role's id is also its first radio's id. */
export const CODE_FIELD_IDS = {
	role: 'code-role',
	carerName: 'carer-name',
	carerRelationship: 'carer-relationship'
} as const;

/** Reads the issue-code form. */
export function readCodeForm(data: FormData): CodeFormValues {
	return {
		role: formText(data, CODE_FIELD_IDS.role),
		carerName: formText(data, CODE_FIELD_IDS.carerName),
		carerRelationship: formText(data, CODE_FIELD_IDS.carerRelationship)
	};
}

const isRole = (value: string): value is EnrolmentRole => value === 'patient' || value === 'carer';

// issueCode's refusals per field; 'patientId' and 'lifetimeDays' are not the form's to fix.
const MESSAGES: Partial<
	Record<IssueCodeField, Record<'required' | 'invalid' | 'too-long', string>>
> = {
	role: {
		required: 'staff:codes.role.missing',
		invalid: 'staff:codes.role.missing',
		'too-long': 'staff:codes.role.missing'
	},
	carerName: {
		required: 'staff:codes.carer_name.missing',
		invalid: 'staff:codes.carer_name.missing',
		'too-long': 'staff:codes.carer_name.too_long'
	},
	carerRelationship: {
		required: 'staff:codes.carer_relationship.missing',
		invalid: 'staff:codes.carer_relationship.missing',
		'too-long': 'staff:codes.carer_relationship.too_long'
	}
};

/** Turns issueCode's refusals into form errors; an error the form cannot fix is rethrown. */
export function codeFormErrors(error: IssueCodeError): FieldError[] {
	return error.issues.map((issue) => {
		const message = MESSAGES[issue.path]?.[issue.code];
		if (!message) throw error;
		return fieldError(CODE_FIELD_IDS[issue.path as keyof typeof CODE_FIELD_IDS], message);
	});
}

export type IssueCodeResult =
	| {
			ok: true;
			issued: IssuedCode;
			role: EnrolmentRole;
			carerName: string;
			carerRelationship: string;
	  }
	| { ok: false; values: CodeFormValues; errors: FieldError[] };

/**
 * Issues an enrolment code as the form asks, or says what to fix. Carer details are only
 * passed on for a carer's code.
 */
export function issueCodeFromForm(
	db: Db,
	data: FormData,
	options: { patientId: string; staffId: string; now: Date }
): IssueCodeResult {
	const values = readCodeForm(data);
	if (!isRole(values.role)) {
		return {
			ok: false,
			values,
			errors: [fieldError(CODE_FIELD_IDS.role, 'staff:codes.role.missing')]
		};
	}
	const carer =
		values.role === 'carer'
			? { carerName: values.carerName, carerRelationship: values.carerRelationship }
			: {};
	try {
		const issued = issueCode(db, { ...options, role: values.role, ...carer });
		return values.role === 'carer'
			? { ok: true, issued, ...values, role: values.role }
			: { ok: true, issued, role: values.role, carerName: '', carerRelationship: '' };
	} catch (error) {
		if (!(error instanceof IssueCodeError)) throw error;
		return { ok: false, values, errors: codeFormErrors(error) };
	}
}
