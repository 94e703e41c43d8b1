// The only place that touches Dexie for care plans. Plans from the service stay in `pulled`
// as the FHIR CarePlan they came as; the person's own plan is in `ownCarePlan`.
import type { AppDb } from '$lib/db/app-db';
import { pulledOfType } from '$lib/sync/pull-repo';
import { carePlanFromFhir } from './fhir';
import type { CarePlanContent, CarePlanVersion } from './types';

/** The newest active plan the service published for this person, or null. */
export async function readServicePlan(db: AppDb): Promise<CarePlanVersion | null> {
	const plans = (await pulledOfType(db, 'CarePlan'))
		.map((resource) => carePlanFromFhir(resource))
		.filter((plan): plan is CarePlanVersion => plan !== null)
		.sort((a, b) => Date.parse(a.updatedAt) - Date.parse(b.updatedAt));
	return plans.at(-1) ?? null;
}

/** The plan the person wrote themselves, or null. */
export async function readOwnPlan(db: AppDb): Promise<CarePlanVersion | null> {
	return (await db.ownCarePlan.get('current'))?.plan ?? null;
}

/** Saves the person's own plan as its next version. */
export async function saveOwnPlan(
	db: AppDb,
	content: CarePlanContent,
	now: Date
): Promise<CarePlanVersion> {
	return db.transaction('rw', db.ownCarePlan, async () => {
		const previous = await readOwnPlan(db);
		const plan: CarePlanVersion = {
			source: 'self',
			planId: 'self',
			versionId: String(Number(previous?.versionId ?? 0) + 1),
			updatedAt: now.toISOString(),
			authorName: '',
			content
		};
		await db.ownCarePlan.put({ key: 'current', plan });
		return plan;
	});
}

/** The plan to follow: the service's when there is one, else the person's own. */
export async function readCurrentPlan(db: AppDb): Promise<CarePlanVersion | null> {
	return (await readServicePlan(db)) ?? (await readOwnPlan(db));
}
