// The only place that touches Dexie for care plans. Plans from the service stay in `pulled`
// as the FHIR CarePlan they came as; the person's own plan is in `ownCarePlan`.
import type { AppDb } from '$lib/db/app-db';
import { createMetaRepo } from '$lib/db/meta-repo';
import { pulledOfType } from '$lib/sync/pull-repo';
import type { FhirResource } from '$lib/sync/types';
import { carePlanFromFhir } from './fhir';
import type { CarePlanContent, CarePlanVersion, SeenPlan } from './types';

/** A plan from the service with the FHIR resource it came as (for export). */
export interface ServicePlanEntry {
	plan: CarePlanVersion;
	resource: FhirResource;
}

/** The newest active plan the service published for this person, with its resource, or null. */
export async function readServicePlanEntry(db: AppDb): Promise<ServicePlanEntry | null> {
	const entries = (await pulledOfType(db, 'CarePlan'))
		.map((resource) => ({ plan: carePlanFromFhir(resource), resource }))
		.filter((entry): entry is ServicePlanEntry => entry.plan !== null)
		.sort((a, b) => Date.parse(a.plan.updatedAt) - Date.parse(b.plan.updatedAt));
	return entries.at(-1) ?? null;
}

/** The newest active plan the service published for this person, or null. */
export async function readServicePlan(db: AppDb): Promise<CarePlanVersion | null> {
	return (await readServicePlanEntry(db))?.plan ?? null;
}

/**
 * Content as stored by an earlier version of Tend, before plans had a questionnaire
 * schedule: read with no dates and no questionnaires (D-032), so nothing reads `undefined`.
 */
function withSchedule(content: CarePlanContent): CarePlanContent {
	const stored: Partial<CarePlanContent> = content;
	return {
		...content,
		startedOn: stored.startedOn ?? null,
		dischargedOn: stored.dischargedOn ?? null,
		standardQuestionnaires: stored.standardQuestionnaires ?? []
	};
}

/** The plan the person wrote themselves, or null. */
export async function readOwnPlan(db: AppDb): Promise<CarePlanVersion | null> {
	const plan = (await db.ownCarePlan.get('current'))?.plan;
	return plan ? { ...plan, content: withSchedule(plan.content) } : null;
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

/** Where the version of the plan the person last confirmed reading is kept, in `meta`. */
export const SEEN_PLAN_META_KEY = 'careplan.seen';

// Reading back the app's own record: a shape check, not the schema (docs/decisions.md D-012).
function isSeenPlan(value: unknown): value is SeenPlan {
	if (value === null || typeof value !== 'object') return false;
	const { planId, versionId, content } = value as Record<string, unknown>;
	if (typeof planId !== 'string' || typeof versionId !== 'string') return false;
	if (content === null || typeof content !== 'object') return false;
	const fields = content as Record<string, unknown>;
	const lists = ['whatMatters', 'goals', 'careTeam', 'reengagement', 'extraRedFlags'];
	const groups = ['strategies', 'medication', 'contact', 'flare'];
	return (
		lists.every((key) => Array.isArray(fields[key])) &&
		groups.every((key) => fields[key] !== null && typeof fields[key] === 'object')
	);
}

/** The version the person last confirmed reading, or null (none yet, or a damaged record). */
export async function readSeenPlan(db: AppDb): Promise<SeenPlan | null> {
	const value = await createMetaRepo(db).get(SEEN_PLAN_META_KEY);
	return isSeenPlan(value) ? { ...value, content: withSchedule(value.content) } : null;
}

/** Notes that the person has read `plan` ("I have read the changes"). */
export async function markPlanSeen(db: AppDb, plan: CarePlanVersion): Promise<void> {
	const seen: SeenPlan = {
		planId: plan.planId,
		versionId: plan.versionId,
		content: plan.content
	};
	await createMetaRepo(db).set(SEEN_PLAN_META_KEY, seen);
}
