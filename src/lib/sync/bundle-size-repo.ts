import type { AppDb } from '$lib/db/app-db';
import type { BundleSizing } from './bundle-size';

/** The syncState key of the Bundle size learned for one service, by its FHIR base. */
export function bundleSizeKey(fhirBase: string): string {
	return `bundleSize:${fhirBase.replace(/\/+$/, '')}`;
}

function isSizing(value: unknown): value is BundleSizing {
	const sizing = value as BundleSizing | undefined;
	return (
		Number.isInteger(sizing?.size) &&
		(sizing?.size ?? 0) >= 1 &&
		Number.isInteger(sizing?.fullAccepted) &&
		(sizing?.fullAccepted ?? -1) >= 0
	);
}

/** The Bundle size learned for this service, or undefined (it takes the full 50). */
export async function readBundleSizing(
	db: AppDb,
	fhirBase: string
): Promise<BundleSizing | undefined> {
	const value = (await db.syncState.get(bundleSizeKey(fhirBase)))?.value;
	return isSizing(value) ? value : undefined;
}

/** Remembers the Bundle size for this service; undefined forgets it. */
export async function saveBundleSizing(
	db: AppDb,
	fhirBase: string,
	sizing: BundleSizing | undefined
): Promise<void> {
	const key = bundleSizeKey(fhirBase);
	if (sizing) await db.syncState.put({ key, value: { ...sizing } });
	else await db.syncState.delete(key);
}
