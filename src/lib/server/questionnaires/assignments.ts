/**
 * Questionnaires assigned to a patient with a due date: each a FHIR Task in the resource
 * store (assignmentToTask), so the patient's device pulls it like any other change.
 * Withdrawing one makes a new version of the Task with status `cancelled`. Every change is
 * audited. Whether an assignment is done is worked out with the app's own schedule, from
 * the patient's care plan and the responses the service received, so the console and the
 * phone agree.
 */
import { assignmentFromTask, assignmentToTask, type Assignment } from '$lib/proms/assignment-fhir';
import { schedule, type DueStatus } from '$lib/proms/schedule';
import { scheduleInputFromPlan } from '$lib/proms/schedule-input';
import { recordAudit } from '../audit/audit';
import { readCurrentPlan } from '../careplans/careplans';
import { findResources, getResource, insertResource, updateResource } from '../fhir/resource-repo';
import type { Db } from '../store/open-store';
import { definitionLookup, titleOf } from './catalogue';

export interface AssignmentView {
	assignment: Assignment;
	title: string;
	status: DueStatus | 'withdrawn';
	/** When the response that completed it was given. */
	doneAt: string | null;
}

/** A patient's assignments, newest first, with their status today (Europe/London). */
export function listAssignments(
	db: Db,
	patientId: string,
	options: { now: Date; responses: readonly { questionnaire: string; authored: string }[] }
): AssignmentView[] {
	const lookup = definitionLookup(db);
	const assignments = findResources(db, { type: 'Task', patientId }).flatMap((stored) => {
		const assignment = assignmentFromTask(stored.resource);
		return assignment ? [assignment] : [];
	});
	const open = assignments.filter((each) => each.status === 'requested');
	// The phone's own schedule input (D-032): the service's care plan gives the standard
	// occasions, so a response counts for the same occasion here as on the phone.
	const plan = readCurrentPlan(db, patientId);
	const assigned = open.map((each) => ({ ...each, questionnaire: each.questionnaire.url }));
	const input = scheduleInputFromPlan(plan === 'unreadable' ? null : plan, assigned);
	const planned = schedule(input, options.responses, options.now);
	return assignments
		.map((assignment) => {
			const { url, version } = assignment.questionnaire;
			const definition = lookup(url, version);
			const scheduled = planned.find((each) => each.key === `assigned:${assignment.id}`);
			return {
				assignment,
				title: definition ? titleOf(definition) : url,
				status: scheduled?.status ?? ('withdrawn' as const),
				doneAt: scheduled?.doneAt ?? null
			};
		})
		.sort(
			(a, b) =>
				b.assignment.assignedOn.localeCompare(a.assignment.assignedOn) ||
				b.assignment.dueOn.localeCompare(a.assignment.dueOn)
		);
}

/** Stores a new assignment as a Task (devices pull it), audited. */
export function createAssignment(
	db: Db,
	assignment: Assignment,
	options: { staffId: string; now: Date }
): void {
	db.transaction(() => {
		insertResource(db, {
			id: assignment.id,
			resource: assignmentToTask(assignment),
			patientId: assignment.patientId,
			now: options.now
		});
		audit(db, 'questionnaire.assign', assignment, options);
	}).immediate();
}

function audit(
	db: Db,
	action: string,
	assignment: Assignment,
	{ staffId, now, reason }: { staffId: string; now: Date; reason?: string }
): void {
	recordAudit(db, {
		at: now,
		actor: { type: 'staff', id: staffId },
		action,
		resourceType: 'Task',
		resourceId: assignment.id,
		detail: {
			patientId: assignment.patientId,
			questionnaire: `${assignment.questionnaire.url}|${assignment.questionnaire.version}`,
			dueOn: assignment.dueOn,
			...(reason ? { reason } : {})
		}
	});
}

function cancel(
	db: Db,
	assignment: Assignment,
	options: { staffId: string; now: Date; reason?: string }
) {
	const resource = assignmentToTask({ ...assignment, status: 'cancelled' });
	updateResource(db, { type: 'Task', id: assignment.id, resource, now: options.now });
	audit(db, 'questionnaire.assignment.withdraw', assignment, options);
}

/** Withdraws one of the patient's assignments; 'already' when it was withdrawn before. */
export function withdrawAssignment(
	db: Db,
	input: { patientId: string; taskId: string; staffId: string; now: Date }
): 'withdrawn' | 'already' | 'not-found' {
	return db
		.transaction(() => {
			const stored = getResource(db, 'Task', input.taskId);
			const assignment = stored && assignmentFromTask(stored.resource);
			if (!assignment || stored.patientId !== input.patientId) return 'not-found' as const;
			if (assignment.status === 'cancelled') return 'already' as const;
			cancel(db, assignment, input);
			return 'withdrawn' as const;
		})
		.immediate();
}

/**
 * Withdraws every open assignment of a questionnaire url, for every patient (its licence
 * was withdrawn: devices can no longer offer it). Call inside a transaction.
 * @returns how many were withdrawn
 */
export function withdrawAssignmentsOf(
	db: Db,
	url: string,
	options: { staffId: string; now: Date; reason: string }
): number {
	const open = findResources(db, { type: 'Task' }).flatMap((stored) => {
		const assignment = assignmentFromTask(stored.resource);
		return assignment?.status === 'requested' && assignment.questionnaire.url === url
			? [assignment]
			: [];
	});
	for (const assignment of open) cancel(db, assignment, options);
	return open.length;
}
