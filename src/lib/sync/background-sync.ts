// Names shared by the page and the service worker for Background Sync. The worker cannot
// push by itself (the token lives in IndexedDB and pushing is the page's job), so on a
// `sync` event it asks every open Tend window to push.

/** The Background Sync tag the page registers when records wait for a connection. */
export const SYNC_TAG = 'tend-sync';
/** The message the service worker posts to windows: "push now". */
export const PUSH_MESSAGE = 'tend-sync:push';

interface SyncRegistration {
	sync?: { register(tag: string): Promise<void> };
}

/**
 * Asks the browser to wake the service worker when the connection is back, where it has
 * Background Sync (Chromium). Never waits for a worker that is not there.
 */
export async function registerBackgroundSync(
	container: ServiceWorkerContainer | undefined
): Promise<void> {
	const registration = (await container?.getRegistration().catch(() => undefined)) as
		SyncRegistration | undefined;
	await registration?.sync?.register(SYNC_TAG).catch(() => undefined);
}
