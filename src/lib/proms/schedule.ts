/**
 * When questionnaires are due (DOMAIN §5, D-026): each questionnaire on the service's
 * standard list at enrolment, at discharge and 3 months after discharge, plus any the
 * service assigns with a due date. An occasion opens on its date and is due for
 * `windowDays` after it (assigned ones: until their due date), then overdue until a
 * response for it arrives, or "missed" once the next standard occasion of the same
 * questionnaire opens (a baseline cannot be given after discharge). A response completes
 * the latest occasion of its questionnaire that was open, and not yet done, on the day it
 * was completed; one response never completes two occasions.
 * All dates are calendar dates; "today" and a response's day are read in `timeZone`.
 */
import { addDays, addMonths, dateIn, type CalendarDate } from './calendar-date';

export type Occasion = 'baseline' | 'discharge' | 'follow-up' | 'assigned';
export type DueStatus = 'upcoming' | 'due' | 'overdue' | 'missed' | 'done';

export interface ScheduleInput {
	/** Canonical urls of the questionnaires the service asks at each standard occasion. */
	standard: readonly string[];
	enrolledOn: CalendarDate | null;
	dischargedOn: CalendarDate | null;
	assigned: readonly {
		id: string;
		questionnaire: string;
		assignedOn: CalendarDate;
		dueOn: CalendarDate;
	}[];
}

export interface CompletedResponse {
	questionnaire: string;
	/** When it was completed (an instant, ISO 8601). */
	authored: string;
}

export interface ScheduledQuestionnaire {
	key: string;
	questionnaire: string;
	occasion: Occasion;
	opensOn: CalendarDate;
	dueBy: CalendarDate;
	/** For a standard occasion, the day the next one opens and this one can no longer be given. */
	closesOn: CalendarDate | null;
	status: DueStatus;
	/** The completion time of the response that completed it. */
	doneAt: string | null;
}

/** Days a standard occasion stays "due" before it is "overdue". */
export const DEFAULT_WINDOW_DAYS = 14;
/** Months after discharge of the follow-up occasion. */
export const FOLLOW_UP_MONTHS = 3;

type Planned = Omit<ScheduledQuestionnaire, 'status' | 'doneAt'>;

function planned(input: ScheduleInput, windowDays: number): Planned[] {
	const occasions: [Occasion, CalendarDate | null][] = [
		['baseline', input.enrolledOn],
		['discharge', input.dischargedOn],
		['follow-up', input.dischargedOn && addMonths(input.dischargedOn, FOLLOW_UP_MONTHS)]
	];
	const standard = occasions.flatMap(([occasion, opensOn]) =>
		opensOn === null
			? []
			: input.standard.map((questionnaire) => ({
					key: `${occasion}:${questionnaire}`,
					questionnaire,
					occasion,
					opensOn,
					dueBy: addDays(opensOn, windowDays),
					closesOn: null as CalendarDate | null
				}))
	);
	for (const occasion of standard) {
		const next = standard.find(
			(later) => later.questionnaire === occasion.questionnaire && later.opensOn > occasion.opensOn
		);
		occasion.closesOn = next?.opensOn ?? null;
	}
	const assigned = input.assigned.map((a) => ({
		key: `assigned:${a.id}`,
		questionnaire: a.questionnaire,
		occasion: 'assigned' as const,
		opensOn: a.assignedOn < a.dueOn ? a.assignedOn : a.dueOn,
		dueBy: a.dueOn,
		closesOn: null
	}));
	return [...standard, ...assigned];
}

function isClosed(p: Planned, day: CalendarDate): boolean {
	return p.closesOn !== null && day >= p.closesOn;
}

/** Every scheduled questionnaire with its status on the day `now` falls in `timeZone`. */
export function schedule(
	input: ScheduleInput,
	completed: readonly CompletedResponse[],
	now: Date,
	{ timeZone = 'Europe/London', windowDays = DEFAULT_WINDOW_DAYS } = {}
): ScheduledQuestionnaire[] {
	const today = dateIn(now, timeZone);
	const all = planned(input, windowDays).sort(
		(a, b) => a.opensOn.localeCompare(b.opensOn) || a.key.localeCompare(b.key)
	);
	const doneAt = new Map<string, string>();
	const inOrder = [...completed].sort((a, b) => Date.parse(a.authored) - Date.parse(b.authored));
	for (const response of inOrder) {
		// A response with an unreadable time cannot be placed; it must not break the list.
		if (Number.isNaN(Date.parse(response.authored))) continue;
		const day = dateIn(new Date(response.authored), timeZone);
		const owner = all.findLast(
			(p) =>
				p.questionnaire === response.questionnaire &&
				p.opensOn <= day &&
				!isClosed(p, day) &&
				!doneAt.has(p.key)
		);
		if (owner) doneAt.set(owner.key, response.authored);
	}
	return all.map((p) => {
		const done = doneAt.get(p.key) ?? null;
		let status: DueStatus = 'overdue';
		if (done !== null) status = 'done';
		else if (isClosed(p, today)) status = 'missed';
		else if (today < p.opensOn) status = 'upcoming';
		else if (today <= p.dueBy) status = 'due';
		return { ...p, status, doneAt: done };
	});
}
