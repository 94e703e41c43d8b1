/**
 * The "Assign a questionnaire" form on a patient's questionnaires page: a questionnaire
 * staff can assign now (a licensed one only with a licence and its definition, H-016) and
 * a due date from today (in London) on. Errors name their field, with what was typed kept.
 */
import { isoDate } from '$lib/careplan/form';
import type { Assignment } from '$lib/proms/assignment-fhir';
import { dateIn } from '$lib/proms/calendar-date';
import { instrumentFor } from '$lib/proms/scoring/registry';
import { ASSIGN_FIELD } from '$lib/staff/questionnaire-fields';
import type { DateParts } from '$lib/ui/types';
import { getPatient } from '../patients/patients';
import { fieldError, formText, type FieldError } from '../staff/form-fields';
import type { Db } from '../store/open-store';
import { createAssignment } from './assignments';
import { assignableQuestionnaires } from './available';
import { licensedInstrument } from './catalogue';
import { currentLicence } from './licences';

/** The assign form as typed. */
export interface AssignFormValues {
	/** `url|version` of the chosen questionnaire. */
	questionnaire: string;
	dueDate: DateParts;
}

/** Reads the assign form. */
export function readAssignForm(data: FormData): AssignFormValues {
	const due = ASSIGN_FIELD.dueDate;
	return {
		questionnaire: formText(data, ASSIGN_FIELD.questionnaire),
		dueDate: {
			day: formText(data, `${due}[day]`),
			month: formText(data, `${due}[month]`),
			year: formText(data, `${due}[year]`)
		}
	};
}

function questionnaireError(db: Db, chosen: string): FieldError | null {
	const field = (message: string) => fieldError(ASSIGN_FIELD.questionnaire, message);
	if (!chosen) return field('staff:assign.questionnaire.missing');
	const { available } = assignableQuestionnaires(db);
	if (available.some((each) => `${each.url}|${each.version}` === chosen)) return null;
	const licensed = licensedInstrument(instrumentFor(chosen)?.id ?? '');
	if (licensed && !currentLicence(db, licensed.id)) {
		return field('staff:assign.questionnaire.no_licence');
	}
	return field('staff:assign.questionnaire.unknown');
}

function dueDateError(parts: DateParts, today: string): FieldError | null {
	const due = isoDate(parts);
	const field = (message: string) => ({
		...fieldError(ASSIGN_FIELD.dueDate, message),
		anchor: `${ASSIGN_FIELD.dueDate}-day`
	});
	if (due === null) return field('staff:assign.due_date.missing');
	if (due === undefined) return field('staff:assign.due_date.invalid');
	return due < today ? field('staff:assign.due_date.past') : null;
}

export type AssignResult =
	| { ok: true; assignment: Assignment }
	| { ok: false; status: 400 | 404; values: AssignFormValues; errors: FieldError[] };

/** Assigns what the form describes (a Task, audited), or says what to fix. */
export function assignFromForm(
	db: Db,
	data: FormData,
	options: { patientId: string; staffId: string; now: Date; newId: () => string }
): AssignResult {
	const values = readAssignForm(data);
	if (!getPatient(db, options.patientId)) return { ok: false, status: 404, values, errors: [] };
	const today = dateIn(options.now);
	const errors = [
		questionnaireError(db, values.questionnaire),
		dueDateError(values.dueDate, today)
	].filter((error): error is FieldError => error !== null);
	if (errors.length > 0) return { ok: false, status: 400, values, errors };
	const [url = '', version = ''] = values.questionnaire.split('|');
	const assignment: Assignment = {
		id: options.newId(),
		patientId: options.patientId,
		questionnaire: { url, version },
		assignedOn: today,
		dueOn: isoDate(values.dueDate)!,
		status: 'requested'
	};
	createAssignment(db, assignment, options);
	return { ok: true, assignment };
}
