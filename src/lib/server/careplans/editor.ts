import { parseCarePlanForm, type CarePlanFormError } from '$lib/careplan/form';
import {
	addRow,
	FIELD,
	firstFieldOf,
	ROW_GROUPS,
	withBlankRows,
	type CarePlanFormValues,
	type QuestionnaireChoice
} from '$lib/careplan/form-fields';
import { formValuesFromContent, readFormValues } from '$lib/careplan/form-read';
import { withDefaultQuestionnaires } from '$lib/careplan/standard-questionnaires';
import { recordAudit } from '../audit/audit';
import { formatNhsNumber } from '../patients/nhs-number';
import { displayName, getPatient } from '../patients/patients';
import type { StaffMember } from '../staff/accounts';
import type { Db } from '../store/open-store';
import {
	carePlanHistory,
	publishCarePlan,
	readCurrentPlan,
	type CarePlanVersionSummary
} from './careplans';
import { questionnaireChoices } from './questionnaire-choices';

/**
 * The staff care plan editor: what its page shows, and its two form actions (publish, and
 * "Add another" without JavaScript). The form names the version it was filled in from
 * (`base-version`), so a version someone else published meanwhile is never overwritten.
 */

export interface CarePlanEditor {
	patient: { id: string; name: string; nhsNumber: string };
	/** The newest version, or null before the first. */
	current: CarePlanVersionSummary | null;
	/** The current plan holds what Tend cannot edit without losing it: no form. */
	isUnreadable: boolean;
	values: CarePlanFormValues;
	/** The questionnaires the service can ask at the start, at discharge and 3 months after. */
	questionnaires: QuestionnaireChoice[];
}

interface Options {
	staffId: string;
	now: Date;
	newId: () => string;
}

/**
 * The editor for a patient's plan, prefilled from the current version; recording in the
 * audit trail that this staff member saw it.
 * @returns null when there is no such patient
 */
export function readCarePlanEditor(
	db: Db,
	patientId: string,
	{ staffId, now, newId }: Options
): CarePlanEditor | null {
	const patient = getPatient(db, patientId);
	if (!patient) return null;
	const plan = readCurrentPlan(db, patient.id);
	recordAudit(db, {
		at: now,
		actor: { type: 'staff', id: staffId },
		action: 'careplan.read',
		resourceType: 'Patient',
		resourceId: patient.id
	});
	return {
		patient: {
			id: patient.id,
			name: displayName(patient),
			nhsNumber: formatNhsNumber(patient.nhsNumber)
		},
		current: carePlanHistory(db, patient.id)[0] ?? null,
		isUnreadable: plan === 'unreadable',
		values: formValuesFromContent(
			withDefaultQuestionnaires(plan === 'unreadable' ? null : (plan?.content ?? null)),
			newId
		),
		questionnaires: questionnaireChoices(db)
	};
}

export type PublishFormResult =
	| { ok: true; version: number }
	| {
			ok: false;
			status: 400 | 404 | 409;
			values: CarePlanFormValues;
			errors: CarePlanFormError[];
			/** The version to publish over next time: the form's own, or the newest after a conflict. */
			baseVersion: string;
	  };

const submittedBase = (data: FormData) => {
	const value = data.get(FIELD.baseVersion);
	return typeof value === 'string' ? value : '';
};

/** The version named by the form's hidden field: null for none, NaN for nonsense. */
function baseVersion(data: FormData): number | null {
	const value = submittedBase(data);
	if (value === '') return null;
	return /^\d{1,9}$/.test(value) ? Number(value) : NaN;
}

/** Publishes the plan the form describes, or says what to fix (with the values as typed). */
export function publishFromForm(
	db: Db,
	data: FormData,
	options: { patientId: string; staff: StaffMember; now: Date; newId: () => string }
): PublishFormResult {
	const values = readFormValues(data);
	const refused = (
		status: 400 | 404 | 409,
		errors: CarePlanFormError[],
		base = submittedBase(data)
	) => ({
		ok: false as const,
		status,
		values: withBlankRows(values, options.newId),
		errors,
		baseVersion: base
	});
	const parsed = parseCarePlanForm(values);
	if (!parsed.ok) return refused(400, parsed.errors);
	const result = publishCarePlan(db, {
		patientId: options.patientId,
		content: parsed.content,
		author: options.staff,
		baseVersion: baseVersion(data),
		now: options.now
	});
	switch (result.status) {
		case 'published':
			return { ok: true, version: result.version };
		case 'no-patient':
			return refused(404, []);
		case 'unreadable':
			return refused(409, [conflictError('staff:care_plan.unreadable')]);
		case 'conflict':
			return refused(
				409,
				[
					conflictError('staff:care_plan.conflict', {
						author: result.current?.authorName ?? '',
						version: result.current?.versionId ?? ''
					})
				],
				String(result.current?.versionId ?? '')
			);
	}
}

/** Not about one field: the error summary links to the line saying which version is current. */
const conflictError = (message: string, values?: Record<string, string | number>) => ({
	field: 'care-plan-current',
	anchor: 'care-plan-current',
	message,
	...(values ? { values } : {})
});

/** The form as typed with one more row in the group its "Add another" button named. */
export function addRowFromForm(
	data: FormData,
	newId: () => string
): { values: CarePlanFormValues; focusId: string | null; baseVersion: string } {
	const values = readFormValues(data);
	// The version the form came from stays the one it publishes over, however many rows are added.
	const baseVersion = submittedBase(data);
	const group = ROW_GROUPS.find((known) => known === data.get(FIELD.addRow));
	if (!group) return { values: withBlankRows(values, newId), focusId: null, baseVersion };
	const id = newId();
	return { values: addRow(values, group, id), focusId: firstFieldOf(group, id), baseVersion };
}
