/**
 * What the Questionnaires page and the home card show, from the schedule, the
 * questionnaires this device can offer and the responses on it. Pure. A scheduled
 * questionnaire this device cannot offer (a licensed one the service has not supplied)
 * is not shown as "to do": the person could not do it.
 */
import type { CalendarDate } from './calendar-date';
import type { AvailableQuestionnaire } from './library';
import type { Occasion, ScheduledQuestionnaire } from './schedule';
import type { Score } from './scoring/types';
import type { StoredResponse } from './stored-response';
import type { LocalText } from './types';

export interface ToDoItem {
	/** The schedule key, passed to the filler as the response's occasion. */
	key: string;
	slug: string;
	title: LocalText | null;
	status: 'due' | 'overdue';
	occasion: Occasion;
	dueBy: CalendarDate;
	hasDraft: boolean;
}

export interface UpcomingItem {
	key: string;
	slug: string;
	title: LocalText | null;
	occasion: Occasion;
	opensOn: CalendarDate;
}

export interface DoneItem {
	id: string;
	slug: string;
	title: LocalText | null;
	authored: string;
	/** The first score (the total, the mean), null when not scored. */
	headline: Score | null;
}

export interface AnyTimeItem {
	slug: string;
	title: LocalText | null;
	hasDraft: boolean;
}

export interface Overview {
	toDo: ToDoItem[];
	upcoming: UpcomingItem[];
	done: DoneItem[];
	anyTime: AnyTimeItem[];
}

export interface OverviewInput {
	scheduled: readonly ScheduledQuestionnaire[];
	available: readonly AvailableQuestionnaire[];
	/** Drafts and completed responses, in any order. */
	responses: readonly StoredResponse[];
}

const urlOf = (canonical: string) => canonical.split('|')[0] ?? canonical;

/** The page's lists: to do (overdue first, then by due date), coming up, done (newest first), any time. */
export function buildOverview({ scheduled, available, responses }: OverviewInput): Overview {
	const byUrl = new Map(available.map((q) => [q.definition.url, q]));
	const drafted = new Set(
		responses.filter((r) => r.status === 'in-progress').map((r) => r.questionnaire.url)
	);
	const titleOf = (q: AvailableQuestionnaire) => q.definition.title ?? null;
	const offered = (s: ScheduledQuestionnaire) => byUrl.get(urlOf(s.questionnaire));

	const toDo = scheduled
		.flatMap((s): ToDoItem[] => {
			const q = offered(s);
			if (!q || (s.status !== 'due' && s.status !== 'overdue')) return [];
			const { key, status, occasion, dueBy } = s;
			const hasDraft = drafted.has(q.definition.url);
			return [{ key, slug: q.slug, title: titleOf(q), status, occasion, dueBy, hasDraft }];
		})
		.sort(
			(a, b) =>
				Number(b.status === 'overdue') - Number(a.status === 'overdue') ||
				a.dueBy.localeCompare(b.dueBy)
		);
	const upcoming = scheduled
		.flatMap((s): UpcomingItem[] => {
			const q = offered(s);
			if (!q || s.status !== 'upcoming') return [];
			return [
				{ key: s.key, slug: q.slug, title: titleOf(q), occasion: s.occasion, opensOn: s.opensOn }
			];
		})
		.sort((a, b) => a.opensOn.localeCompare(b.opensOn));
	const done = responses
		.filter((r) => r.status === 'completed' && r.authored !== null)
		.sort((a, b) => (b.authored ?? '').localeCompare(a.authored ?? ''))
		.map((r): DoneItem => {
			const q = byUrl.get(r.questionnaire.url);
			return {
				id: r.id,
				slug: q?.slug ?? r.questionnaire.url,
				title: q ? titleOf(q) : null,
				authored: r.authored ?? '',
				headline: r.scores?.scores[0] ?? null
			};
		});
	const anyTime = available.map((q) => ({
		slug: q.slug,
		title: titleOf(q),
		hasDraft: drafted.has(q.definition.url)
	}));
	return { toDo, upcoming, done, anyTime };
}
