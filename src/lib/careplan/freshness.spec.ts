import { describe, expect, it } from 'vitest';
import { servicePlanVersion } from '../../../tests/fixtures/careplan/care-plan';
import { planFreshness, planWarnings, type FreshnessInput } from './freshness';

// H-010: a stale care plan is never shown as current.
const NOW = new Date('2026-04-10T09:00:00Z');

function input(
	overrides: Partial<FreshnessInput> & { reviewDate?: string | null }
): FreshnessInput {
	const plan = servicePlanVersion();
	if (overrides.reviewDate !== undefined) plan.content.reviewDate = overrides.reviewDate;
	return {
		plan,
		mode: 'linked',
		lastCheckedAt: '2026-04-10T08:00:00Z',
		now: NOW,
		timeZone: 'Europe/London',
		...overrides
	};
}

describe('planFreshness: review date (H-010)', () => {
	it.each([
		{ reviewDate: null, want: false },
		{ reviewDate: '2026-04-11', want: false },
		{ reviewDate: '2026-04-10', want: false },
		{ reviewDate: '2026-04-09', want: true },
		{ reviewDate: '2025-01-01', want: true }
	])('review on $reviewDate, today 10 April: overdue is $want', ({ reviewDate, want }) => {
		expect(planFreshness(input({ reviewDate })).isReviewOverdue).toBe(want);
	});

	it('judges "today" in the device time zone', () => {
		const lateEvening = new Date('2026-04-09T23:30:00Z'); // 10 April in London (BST)
		const plan = input({ reviewDate: '2026-04-09', now: lateEvening });
		expect(planFreshness(plan).isReviewOverdue).toBe(true);
		expect(planFreshness({ ...plan, timeZone: 'UTC' }).isReviewOverdue).toBe(false);
	});
});

describe('planFreshness: last check with the service (H-010)', () => {
	it.each([
		{ mode: 'self-guided', at: null, want: { kind: 'not-linked' } },
		{ mode: 'unlinked-by-service', at: '2026-04-10T08:00:00Z', want: { kind: 'unlinked' } },
		{ mode: 'linked', at: null, want: { kind: 'never' } },
		{ mode: 'linked', at: 'garbage', want: { kind: 'never' } },
		{
			mode: 'linked',
			at: '2026-04-10T08:00:00Z',
			want: { kind: 'recent', at: '2026-04-10T08:00:00Z' }
		},
		{
			mode: 'linked',
			at: '2026-04-03T09:00:00Z',
			want: { kind: 'recent', at: '2026-04-03T09:00:00Z' }
		},
		{
			mode: 'linked',
			at: '2026-04-03T08:59:59Z',
			want: { kind: 'overdue', at: '2026-04-03T08:59:59Z' }
		}
	] as const)('$mode, last checked $at: $want.kind', ({ mode, at, want }) => {
		expect(planFreshness(input({ mode, lastCheckedAt: at })).check).toEqual(want);
	});
});

describe('planWarnings (H-010)', () => {
	const overdue = { kind: 'overdue', at: '2026-03-01T09:00:00Z' } as const;
	it.each([
		{
			name: 'service plan, all well',
			source: 'service',
			freshness: { isReviewOverdue: false, check: { kind: 'recent', at: '2026-04-10T08:00:00Z' } },
			want: []
		},
		{
			name: 'service plan past its review, not checked for weeks',
			source: 'service',
			freshness: { isReviewOverdue: true, check: overdue },
			want: [
				{ key: 'plan:status.review_passed', date: '2026-01-01' },
				{ key: 'plan:status.check_overdue', date: '2026-03-01T09:00:00Z' }
			]
		},
		{
			name: 'service plan, never checked',
			source: 'service',
			freshness: { isReviewOverdue: false, check: { kind: 'never' } },
			want: [{ key: 'plan:status.check_never' }]
		},
		{
			name: 'service plan on a device the service unlinked',
			source: 'service',
			freshness: { isReviewOverdue: false, check: { kind: 'unlinked' } },
			want: [{ key: 'plan:status.unlinked' }]
		},
		{
			name: 'own plan past the review date the person set, device not checked',
			source: 'self',
			freshness: { isReviewOverdue: true, check: overdue },
			want: [{ key: 'plan:status.own_review_passed', date: '2026-01-01' }]
		}
	] as const)('$name', ({ source, freshness, want }) => {
		const plan = servicePlanVersion({ source });
		plan.content.reviewDate = '2026-01-01';
		expect(planWarnings(plan, freshness)).toEqual(want);
	});
});
