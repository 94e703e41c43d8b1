import { displayName, getPatient } from '../patients/patients';
import type { Db } from '../store/open-store';
import { issueCodeFromForm, type CodeFormValues } from './code-form';
import type { FieldError } from './form-fields';
import { enrolmentLetter, type EnrolmentLetter } from './letter';

export type IssueLetterResult =
	| { status: 'issued'; letter: EnrolmentLetter }
	| { status: 'invalid'; values: CodeFormValues; errors: FieldError[] }
	| { status: 'no-patient' };

/**
 * Issues an enrolment code from the patient page's form and puts together its letter. The
 * code only travels in the result, for the response to the form's POST.
 */
export async function issueCodeWithLetter(
	db: Db,
	data: FormData,
	options: {
		patientId: string;
		staffId: string;
		now: Date;
		origin: string;
		servicePhone: string | null;
	}
): Promise<IssueLetterResult> {
	const patient = getPatient(db, options.patientId);
	if (!patient) return { status: 'no-patient' };
	const { staffId, now, origin, servicePhone } = options;
	const result = issueCodeFromForm(db, data, { patientId: patient.id, staffId, now });
	if (!result.ok) return { status: 'invalid', values: result.values, errors: result.errors };
	const patientName = displayName(patient);
	return {
		status: 'issued',
		letter: await enrolmentLetter(result, { patientName, origin, servicePhone })
	};
}
