import type { AppDb } from '$lib/db/app-db';
import type { FhirResource } from './types';

/** The syncState key of the watermark for one resource type. */
export function lastPulledKey(resourceType: string): string {
	return `lastPulledAt.${resourceType}`;
}

/** The syncState key of when a pull of one resource type last finished (device clock). */
export function lastCheckedKey(resourceType: string): string {
	return `lastCheckedAt.${resourceType}`;
}

/** The server instant up to which `resourceType` has been pulled, or undefined if never. */
export async function readLastPulledAt(
	db: AppDb,
	resourceType: string
): Promise<string | undefined> {
	const value = (await db.syncState.get(lastPulledKey(resourceType)))?.value;
	return typeof value === 'string' ? value : undefined;
}

/**
 * When a pull of `resourceType` last finished, by this device's clock, or undefined if
 * never: how long a page's copy (a care plan) may have gone without news (hazard H-010).
 */
export async function readLastCheckedAt(
	db: AppDb,
	resourceType: string
): Promise<string | undefined> {
	const value = (await db.syncState.get(lastCheckedKey(resourceType)))?.value;
	return typeof value === 'string' ? value : undefined;
}

/**
 * Stores pulled resources and moves the watermark in ONE transaction, so the watermark
 * never passes resources that were not stored. Also notes when this type was last checked.
 */
export async function storePulled(
	db: AppDb,
	resourceType: string,
	resources: readonly FhirResource[],
	watermark: string | undefined,
	now: Date
): Promise<void> {
	await db.transaction('rw', [db.pulled, db.syncState], async () => {
		await db.pulled.bulkPut(
			resources.map((resource) => {
				const lastUpdated = (resource.meta as { lastUpdated?: unknown } | undefined)?.lastUpdated;
				return {
					resourceType: resource.resourceType,
					id: String(resource.id),
					resource,
					pulledAt: now.toISOString(),
					...(typeof lastUpdated === 'string' ? { lastUpdated } : {})
				};
			})
		);
		if (watermark) await db.syncState.put({ key: lastPulledKey(resourceType), value: watermark });
		await db.syncState.put({ key: lastCheckedKey(resourceType), value: now.toISOString() });
	});
}

/** Every pulled resource of one type (for the features that read them). */
export async function pulledOfType(db: AppDb, resourceType: string): Promise<FhirResource[]> {
	return (await db.pulled.where('resourceType').equals(resourceType).toArray()).map(
		(row) => row.resource
	);
}
