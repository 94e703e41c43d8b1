/**
 * "Delete all my data from this device": the database, every cache that could hold
 * anything of the person's, and saved settings. The service worker's precache is kept:
 * it holds only the app's own code and pages, the same for everyone, and keeping it means
 * Tend still opens with no signal after a wipe (docs/decisions.md).
 */

export interface WipeTargets {
	deleteDatabase: () => Promise<void>;
	caches?: Pick<CacheStorage, 'keys' | 'delete'>;
	storages: Array<Pick<Storage, 'clear' | 'getItem' | 'setItem'>>;
	/** Keys kept in the storages (display preferences, when the person at the device stays). */
	keepKeys?: readonly string[];
}

/** Workbox names its precache "workbox-precache-v2-<scope>". */
export function isAppCodeCache(name: string): boolean {
	return name.startsWith('workbox-precache');
}

/** Wipes everything Tend keeps about the person on this device. Returns the caches deleted. */
export async function wipeDevice({
	deleteDatabase,
	caches,
	storages,
	keepKeys = []
}: WipeTargets): Promise<string[]> {
	await deleteDatabase();
	const names = caches ? (await caches.keys()).filter((name) => !isAppCodeCache(name)) : [];
	await Promise.all(names.map((name) => caches?.delete(name)));
	for (const storage of storages) {
		const kept = keepKeys.map((key) => [key, storage.getItem(key)] as const);
		storage.clear();
		for (const [key, value] of kept) if (value !== null) storage.setItem(key, value);
	}
	return names;
}
