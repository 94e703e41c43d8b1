import { describe, expect, it } from 'vitest';
import { emptyCarePlan, type CarePlanContent } from '$lib/careplan/types';
import {
	daysSince,
	hasOutlastedPlan,
	reengagementReasons,
	serviceContactDetails,
	telHref
} from './reengagement';

function planWith(changes: {
	reengagement?: string[];
	contactServiceWhen?: string[];
	contactAfterDays?: number | null;
}): CarePlanContent {
	const plan = emptyCarePlan();
	plan.reengagement = changes.reengagement ?? [];
	plan.flare.contactServiceWhen = changes.contactServiceWhen ?? [];
	plan.flare.contactAfterDays = changes.contactAfterDays ?? null;
	return plan;
}

describe('reengagementReasons', () => {
	it('lists the general criteria, then the flare plan’s, each once', () => {
		const plan = planWith({
			reengagement: ['Your pain changes a lot', 'You cannot do your exercises'],
			contactServiceWhen: ['Your medicines do not help after 2 days', 'Your pain changes a lot']
		});
		expect(reengagementReasons(plan)).toEqual([
			'Your pain changes a lot',
			'You cannot do your exercises',
			'Your medicines do not help after 2 days'
		]);
	});

	it('is empty with no plan', () => {
		expect(reengagementReasons(null)).toEqual([]);
	});
});

describe('hasOutlastedPlan', () => {
	const plan = planWith({ contactAfterDays: 3 });
	const since = '2026-03-26T09:00:00Z';

	it.each([
		['exactly 3 days', '2026-03-29T09:00:00Z', false],
		['a minute past 3 days', '2026-03-29T09:01:00Z', true],
		['2 days', '2026-03-28T09:00:00Z', false],
		['10 days', '2026-04-05T09:00:00Z', true]
	])('after %s: %s', (_label, now, expected) => {
		expect(hasOutlastedPlan(plan, since, new Date(now))).toBe(expected);
	});

	it('counts elapsed time, so the clocks going forward (29 March 2026, UK) do not move it', () => {
		// 3 × 24 hours after 00:30 GMT on 27 March is 01:30 BST on 30 March.
		const start = '2026-03-27T00:30:00Z';
		expect(hasOutlastedPlan(plan, start, new Date('2026-03-30T00:30:00Z'))).toBe(false);
		expect(hasOutlastedPlan(plan, start, new Date('2026-03-30T00:31:00Z'))).toBe(true);
	});

	it('is false when the plan sets no limit, there is no plan, or the start is unknown', () => {
		const now = new Date('2027-01-01T00:00:00Z');
		expect(hasOutlastedPlan(planWith({}), since, now)).toBe(false);
		expect(hasOutlastedPlan(null, since, now)).toBe(false);
		expect(hasOutlastedPlan(plan, null, now)).toBe(false);
		expect(hasOutlastedPlan(plan, 'not a date', now)).toBe(false);
	});
});

describe('daysSince', () => {
	it('counts whole days, never below 0', () => {
		const since = '2026-03-26T09:00:00Z';
		expect(daysSince(since, new Date('2026-03-26T20:00:00Z'))).toBe(0);
		expect(daysSince(since, new Date('2026-03-28T10:00:00Z'))).toBe(2);
		expect(daysSince(since, new Date('2026-03-25T10:00:00Z'))).toBe(0);
		expect(daysSince(null, new Date())).toBeNull();
		expect(daysSince('nonsense', new Date())).toBeNull();
	});
});

describe('serviceContactDetails', () => {
	const linked = {
		name: 'Community Pain Service',
		phone: '01632 960 001',
		hours: 'Monday to Friday, 8am to 6:30pm'
	};

	it('prefers the plan’s details and fills gaps from the linked service', () => {
		expect(
			serviceContactDetails(
				{ phone: '01632 960 999', hours: '', email: 'pain@example.nhs.uk' },
				linked
			)
		).toEqual({
			name: 'Community Pain Service',
			phone: '01632 960 999',
			hours: 'Monday to Friday, 8am to 6:30pm',
			email: 'pain@example.nhs.uk'
		});
	});

	it('uses the linked service alone when there is no plan', () => {
		expect(serviceContactDetails(null, linked)).toEqual({ ...linked, email: null });
	});

	it('is null when nothing is known', () => {
		expect(serviceContactDetails({ phone: ' ', hours: '', email: '' }, null)).toBeNull();
		expect(serviceContactDetails(null, null)).toBeNull();
	});
});

describe('telHref', () => {
	it('keeps digits and a leading plus only', () => {
		expect(telHref('01632 960 001')).toBe('tel:01632960001');
		expect(telHref('+44 1632-960001')).toBe('tel:+441632960001');
	});
});
