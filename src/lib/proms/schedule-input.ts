/**
 * What the questionnaire schedule (schedule.ts) needs from the care plan (D-032): a plan
 * the service published gives the day the person started, the day they were discharged
 * and the questionnaires asked at those occasions. A person's own plan, or no plan, gives
 * no standard occasions: only a service asks questionnaires, so only what it assigned is due.
 */
import type { CarePlanVersion } from '$lib/careplan/types';
import type { ScheduleInput } from './schedule';

/** The schedule's input from the plan on the device and the questionnaires assigned. */
export function scheduleInputFromPlan(
	plan: CarePlanVersion | null,
	assigned: ScheduleInput['assigned']
): ScheduleInput {
	if (plan?.source !== 'service') {
		return { standard: [], enrolledOn: null, dischargedOn: null, assigned };
	}
	const { startedOn, dischargedOn, standardQuestionnaires } = plan.content;
	return { standard: standardQuestionnaires, enrolledOn: startedOn, dischargedOn, assigned };
}
