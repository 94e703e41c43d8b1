/**
 * Whether a care plan on this device may be out of date (hazard H-010): its review date has
 * passed, or the device has not heard from the service for a while, or can no longer hear
 * from it. A page always shows when the plan was last updated and by whom; this says what
 * to add to that. See docs/clinical-safety/hazard-log.md H-010 and docs/decisions.md D-021.
 */
import type { SyncMode } from '$lib/sync/types';
import { localIsoDate } from '$lib/i18n/dates';
import type { CarePlanVersion } from './types';

/** A device that has not checked with the service for longer than this says when it last did. */
export const CHECK_OVERDUE_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

/** When the device last heard from the service about the plan. */
export type PlanCheck =
	/** Self-guided: there is no service to hear from. */
	| { kind: 'not-linked' }
	/** The service unlinked this device: it will get no more updates. */
	| { kind: 'unlinked' }
	/** Linked, but no check has finished yet. */
	| { kind: 'never' }
	| { kind: 'recent'; at: string }
	| { kind: 'overdue'; at: string };

export interface PlanFreshness {
	/** The plan's review date is before today. */
	isReviewOverdue: boolean;
	check: PlanCheck;
}

export interface FreshnessInput {
	plan: CarePlanVersion;
	mode: SyncMode;
	/** When a pull of care plans last finished (ISO instant), or null. */
	lastCheckedAt: string | null;
	now: Date;
	timeZone?: string;
}

function checkOf({ mode, lastCheckedAt, now }: FreshnessInput): PlanCheck {
	if (mode === 'self-guided') return { kind: 'not-linked' };
	if (mode === 'unlinked-by-service') return { kind: 'unlinked' };
	const at = lastCheckedAt === null ? NaN : Date.parse(lastCheckedAt);
	if (lastCheckedAt === null || Number.isNaN(at)) return { kind: 'never' };
	return now.getTime() - at > CHECK_OVERDUE_DAYS * DAY_MS
		? { kind: 'overdue', at: lastCheckedAt }
		: { kind: 'recent', at: lastCheckedAt };
}

/** What "My plan" must say about how current the plan is. */
export function planFreshness(input: FreshnessInput): PlanFreshness {
	const { reviewDate } = input.plan.content;
	return {
		isReviewOverdue: reviewDate !== null && reviewDate < localIsoDate(input.now, input.timeZone),
		check: checkOf(input)
	};
}

/** One warning about how current a plan is: a `plan` translation key and the date it names. */
export interface PlanWarning {
	key: string;
	date?: string;
}

/**
 * What to warn about, in order. A person's own plan is theirs to review, and the service
 * sends nothing for it, so only its review date counts.
 */
export function planWarnings(plan: CarePlanVersion, freshness: PlanFreshness): PlanWarning[] {
	const warnings: PlanWarning[] = [];
	const isOwn = plan.source === 'self';
	const { reviewDate } = plan.content;
	if (freshness.isReviewOverdue && reviewDate) {
		warnings.push({
			key: isOwn ? 'plan:status.own_review_passed' : 'plan:status.review_passed',
			date: reviewDate
		});
	}
	if (isOwn) return warnings;
	const { check } = freshness;
	if (check.kind === 'overdue') warnings.push({ key: 'plan:status.check_overdue', date: check.at });
	if (check.kind === 'never') warnings.push({ key: 'plan:status.check_never' });
	if (check.kind === 'unlinked') warnings.push({ key: 'plan:status.unlinked' });
	return warnings;
}
