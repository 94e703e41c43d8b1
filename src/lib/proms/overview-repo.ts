/**
 * Reads what the Questionnaires page shows: the schedule from the care plan's dates and
 * list and the service's assignments (pulled Tasks), the questionnaires this device can
 * offer, and the responses on it, with where each completed one is on its way.
 */
import type { AppDb } from '$lib/db/app-db';
import { readCurrentPlan } from '$lib/careplan/repo';
import { readEnrolment } from '$lib/enrolment/repo';
import { recordStates } from '$lib/sync/outbox-repo';
import { pulledOfType } from '$lib/sync/pull-repo';
import type { RecordSyncState } from '$lib/sync/types';
import { assignmentFromTask, type Assignment } from './assignment-fhir';
import { availableQuestionnaires } from './library';
import { buildOverview, type Overview } from './overview';
import { allResponses } from './repo';
import { schedule } from './schedule';
import { scheduleInputFromPlan } from './schedule-input';

export interface QuestionnairesView {
	overview: Overview;
	/** Where each completed response is, by response id. */
	states: ReadonlyMap<string, RecordSyncState>;
	role: 'patient' | 'carer' | null;
	patientName: string | null;
}

/** The assignments still open for this patient (withdrawn ones and others' are left out). */
export function openAssignments(tasks: readonly unknown[], patientId: string | null): Assignment[] {
	return tasks
		.map((task) => assignmentFromTask(task))
		.filter(
			(a): a is Assignment => a !== null && a.status === 'requested' && a.patientId === patientId
		);
}

/** Everything the page needs, read in one go. */
export async function readQuestionnairesView(db: AppDb, now: Date): Promise<QuestionnairesView> {
	const [enrolment, plan, tasks, available, responses] = await Promise.all([
		readEnrolment(db),
		readCurrentPlan(db),
		pulledOfType(db, 'Task'),
		availableQuestionnaires(db),
		allResponses(db)
	]);
	const assigned = openAssignments(tasks, enrolment?.patient.id ?? null).map((a) => ({
		id: a.id,
		questionnaire: a.questionnaire.url,
		assignedOn: a.assignedOn,
		dueOn: a.dueOn
	}));
	const completed = responses.flatMap((r) =>
		r.status === 'completed' && r.authored
			? [{ questionnaire: r.questionnaire.url, authored: r.authored }]
			: []
	);
	const scheduled = schedule(scheduleInputFromPlan(plan, assigned), completed, now);
	const overview = buildOverview({ scheduled, available, responses });
	const states = await recordStates(
		db,
		overview.done.map((item) => item.id),
		now
	);
	return {
		overview,
		states,
		role: enrolment?.role ?? null,
		patientName: enrolment?.patient.displayName ?? null
	};
}
