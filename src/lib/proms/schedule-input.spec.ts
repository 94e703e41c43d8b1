import { describe, expect, it } from 'vitest';
import { ownPlanVersion, servicePlanVersion } from '../../../tests/fixtures/careplan/care-plan';
import { schedule } from './schedule';
import { scheduleInputFromPlan } from './schedule-input';

const PHQ9 = 'https://fhir.tend.example/Questionnaire/phq-9';
const assigned = [
	{ id: 'a1', questionnaire: PHQ9, assignedOn: '2026-05-01', dueOn: '2026-05-15' }
] as const;

describe('scheduleInputFromPlan', () => {
	it('takes the service plan’s dates and questionnaires, with what was assigned', () => {
		const plan = servicePlanVersion();
		plan.content.dischargedOn = '2026-07-01';
		expect(scheduleInputFromPlan(plan, assigned)).toEqual({
			standard: plan.content.standardQuestionnaires,
			enrolledOn: '2026-01-12',
			dischargedOn: '2026-07-01',
			assigned
		});
	});

	it.each([
		['the person’s own plan', ownPlanVersion()],
		[
			'an own plan that somehow has dates and questionnaires',
			ownPlanVersion({ content: servicePlanVersion().content })
		],
		['no plan', null]
	])('gives no standard occasions for %s, only what was assigned', (_, plan) => {
		expect(scheduleInputFromPlan(plan, assigned)).toEqual({
			standard: [],
			enrolledOn: null,
			dischargedOn: null,
			assigned
		});
	});

	it('gives no standard occasions for a service plan with no dates yet', () => {
		const plan = servicePlanVersion();
		plan.content.startedOn = null;
		const input = scheduleInputFromPlan(plan, []);
		expect(schedule(input, [], new Date('2026-05-11T09:00:00Z'))).toEqual([]);
	});

	it('puts the baseline on the start day, and discharge and follow-up on and after discharge', () => {
		const plan = servicePlanVersion();
		plan.content.dischargedOn = '2026-05-31';
		plan.content.standardQuestionnaires = [PHQ9];
		const due = schedule(scheduleInputFromPlan(plan, []), [], new Date('2026-05-11T09:00:00Z'));
		expect(due.map(({ occasion, opensOn }) => [occasion, opensOn])).toEqual([
			['baseline', '2026-01-12'],
			['discharge', '2026-05-31'],
			['follow-up', '2026-08-31']
		]);
	});
});
