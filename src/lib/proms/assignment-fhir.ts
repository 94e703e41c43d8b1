/**
 * The only place that maps a questionnaire assignment to and from FHIR R4: the service
 * writes a `Task` (docs/api.md "Questionnaire assignments"), the device pulls it and reads
 * it back. Tasks that are not questionnaire assignments (PIFU triage) read as null.
 * See: https://hl7.org/fhir/R4/task.html
 */
import { isCalendarDate, type CalendarDate } from './calendar-date';

export const TASK_CODE_SYSTEM = 'https://fhir.tend.example/CodeSystem/task';
export const COMPLETE_QUESTIONNAIRE = 'complete-questionnaire';
/** `Task.input.type.text` of the questionnaire to complete. */
export const QUESTIONNAIRE_INPUT = 'questionnaire';

/** requested: to be done; cancelled: withdrawn by the service. */
export type AssignmentStatus = 'requested' | 'cancelled';

/** A questionnaire the service asked one patient to complete by a date. */
export interface Assignment {
	/** The Task's id on the service; the device's schedule key is `assigned:<id>`. */
	id: string;
	patientId: string;
	questionnaire: { url: string; version: string };
	/** The day it was assigned. */
	assignedOn: CalendarDate;
	/** The last day it is due. */
	dueOn: CalendarDate;
	status: AssignmentStatus;
}

/** The FHIR Task for an assignment. */
export function assignmentToTask(
	assignment: Assignment
): Record<string, unknown> & { resourceType: 'Task'; id: string } {
	const { url, version } = assignment.questionnaire;
	return {
		resourceType: 'Task',
		id: assignment.id,
		status: assignment.status,
		intent: 'order',
		code: { coding: [{ system: TASK_CODE_SYSTEM, code: COMPLETE_QUESTIONNAIRE }] },
		for: { reference: `Patient/${assignment.patientId}` },
		authoredOn: assignment.assignedOn,
		restriction: { period: { end: assignment.dueOn } },
		input: [{ type: { text: QUESTIONNAIRE_INPUT }, valueCanonical: `${url}|${version}` }]
	};
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** The calendar date a FHIR date or dateTime starts with, or null. */
function dayOf(value: unknown): CalendarDate | null {
	if (typeof value !== 'string') return null;
	const day = value.slice(0, 10);
	return isCalendarDate(day) ? day : null;
}

function isAssignmentCode(code: unknown): boolean {
	return list(isObject(code) ? code.coding : undefined).some(
		(coding) =>
			isObject(coding) &&
			coding.system === TASK_CODE_SYSTEM &&
			coding.code === COMPLETE_QUESTIONNAIRE
	);
}

function questionnaireOf(input: unknown): { url: string; version: string } | null {
	const entry = list(input).find(
		(candidate) =>
			isObject(candidate) && isObject(candidate.type) && candidate.type.text === QUESTIONNAIRE_INPUT
	);
	const canonical = isObject(entry) ? entry.valueCanonical : undefined;
	if (typeof canonical !== 'string') return null;
	const [url = '', version = '', ...rest] = canonical.split('|');
	// A questionnaire named without its version cannot be matched to what the device holds.
	return url && version && rest.length === 0 ? { url, version } : null;
}

/**
 * The assignment a Task stands for, or null when the Task is not a questionnaire assignment
 * Tend can act on (another code, a status other than requested or cancelled, no patient,
 * no dates, or a questionnaire named without `|version`).
 */
export function assignmentFromTask(resource: unknown): Assignment | null {
	if (!isObject(resource) || resource.resourceType !== 'Task') return null;
	const { id, status, intent } = resource;
	if (typeof id !== 'string' || !id || intent !== 'order' || !isAssignmentCode(resource.code)) {
		return null;
	}
	if (status !== 'requested' && status !== 'cancelled') return null;
	const reference = isObject(resource.for) ? resource.for.reference : undefined;
	const patientId =
		typeof reference === 'string' && reference.startsWith('Patient/')
			? reference.slice('Patient/'.length)
			: '';
	const period = isObject(resource.restriction) ? resource.restriction.period : undefined;
	const assignedOn = dayOf(resource.authoredOn);
	const dueOn = dayOf(isObject(period) ? period.end : undefined);
	const questionnaire = questionnaireOf(resource.input);
	if (!patientId || !assignedOn || !dueOn || !questionnaire) return null;
	return { id, patientId, questionnaire, assignedOn, dueOn, status };
}
