/**
 * What the flare log form needs, read from the device: the flare to change (if any) and
 * whether it can still change, the care plan's triggers, and whose device this is.
 * Loaded on demand by the edit page.
 */
import { getDb } from '$lib/db/db';
import { getLink } from '$lib/sync/engine';
import { getFlare, isFlareLocked } from './log-repo';
import type { FlareLogEntry } from './types';

export interface FlareEditData {
	/** The flare to change; null for a new one. */
	entry: FlareLogEntry | null;
	/** An id was asked for that is not on this device. */
	isMissing: boolean;
	/** It has gone to the service and cannot change (D-019). */
	isLocked: boolean;
	/** The care plan's suspected triggers, to tick. */
	planTriggers: string[];
	role: 'patient' | 'carer' | null;
}

/** The care plan's flare triggers; none when there is no plan or it cannot be read. */
async function readPlanTriggers(): Promise<string[]> {
	try {
		const { readCurrentPlan } = await import('$lib/careplan/repo');
		return [...((await readCurrentPlan(getDb()))?.content.flare.triggers ?? [])];
	} catch {
		// A plan Tend cannot read must not stop a flare being logged.
		return [];
	}
}

/** Reads what the form needs for a new flare (`id` null) or to change one. */
export async function loadFlareEdit(id: string | null): Promise<FlareEditData> {
	const db = getDb();
	const [entry, link, planTriggers] = await Promise.all([
		id ? getFlare(db, id) : Promise.resolve(null),
		getLink(),
		readPlanTriggers()
	]);
	return {
		entry,
		isMissing: id !== null && entry === null,
		isLocked: entry ? await isFlareLocked(db, entry.id) : false,
		planTriggers,
		role: link?.role ?? null
	};
}
