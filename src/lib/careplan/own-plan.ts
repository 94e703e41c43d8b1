/**
 * The person's own plan for its page: what the device allows, and saving a new version.
 * Loaded on demand, so Dexie and the schema stay out of the page's first load (D-012, D-013).
 */
import { getDb } from '$lib/db/db';
import { readEnrolment } from '$lib/enrolment/repo';
import { ownPlanAccess, type OwnPlanAccess } from './own-plan-access';
import { readOwnPlan, readServicePlan, saveOwnPlan } from './repo';
import { CarePlanContentSchema } from './schema';
import type { CarePlanContent, CarePlanVersion } from './types';

/** Whether the person may write their own plan here, and the plan they wrote so far. */
export async function readOwnPlanPage(): Promise<{
	access: OwnPlanAccess;
	plan: CarePlanVersion | null;
}> {
	const db = getDb();
	const [enrolment, servicePlan, plan] = await Promise.all([
		readEnrolment(db),
		readServicePlan(db),
		readOwnPlan(db)
	]);
	const access = ownPlanAccess({
		role: enrolment?.role ?? null,
		hasServicePlan: servicePlan !== null
	});
	return { access, plan };
}

/**
 * Saves the plan as the person's next version, checked against the schema first.
 * @throws when it is not a valid plan, or the database refuses it
 */
export async function saveOwnPlanContent(
	content: CarePlanContent,
	now: Date
): Promise<CarePlanVersion> {
	return saveOwnPlan(getDb(), CarePlanContentSchema.parse(content), now);
}
