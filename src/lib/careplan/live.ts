// The care plan on this device, kept up to date by a Dexie live query over the service's
// plans (`pulled`), the person's own plan, the plan last read and when the device last
// checked with the service. Loaded on demand, once the browser is idle (D-013).
import { liveQuery } from 'dexie';
import { getDb } from '$lib/db/db';
import { readLastCheckedAt } from '$lib/sync/pull-repo';
import type { FhirResource } from '$lib/sync/types';
import { markPlanSeen, readOwnPlan, readSeenPlan, readServicePlanEntry } from './repo';
import type { CarePlanVersion, SeenPlan } from './types';

export interface PlanOnDevice {
	/** The plan to follow: the service's when there is one, else the person's own. */
	plan: CarePlanVersion | null;
	/** The service's CarePlan exactly as received (for export); null for an own plan. */
	received: FhirResource | null;
	seen: SeenPlan | null;
	/** When this device last finished checking the service for care plans. */
	lastCheckedAt: string | null;
}

async function readPlanOnDevice(): Promise<PlanOnDevice> {
	const db = getDb();
	const [service, own, seen, lastCheckedAt] = await Promise.all([
		readServicePlanEntry(db),
		readOwnPlan(db),
		readSeenPlan(db),
		readLastCheckedAt(db, 'CarePlan')
	]);
	return {
		plan: service?.plan ?? own,
		received: service?.resource ?? null,
		seen,
		lastCheckedAt: lastCheckedAt ?? null
	};
}

/** Calls `onChange` with the plan now and whenever it changes; `onError` if it cannot be read. */
export function watchPlanOnDevice(
	onChange: (value: PlanOnDevice) => void,
	onError: () => void
): () => void {
	const subscription = liveQuery(readPlanOnDevice).subscribe({ next: onChange, error: onError });
	return () => subscription.unsubscribe();
}

/** Notes that the person has read `plan`; the live query then clears the notice. */
export async function markSeen(plan: CarePlanVersion): Promise<void> {
	await markPlanSeen(getDb(), plan);
}
