/**
 * "Delete all my data from this device" in the browser: stops syncing so nothing writes
 * while the database goes, wipes (wipe-device.ts), and puts what is on screen back to the
 * defaults. Used by Settings, by unlinking, and before linking to another patient.
 */
import { deleteAllLocalData } from '$lib/db/db';
import { preferences } from '$lib/settings/preferences.svelte';
import { PREFERENCES_KEY } from '$lib/settings/types';
import { serviceContact } from '$lib/shell/service-contact.svelte';
import { startSync, stopSync } from '$lib/sync';
import { wipeDevice } from './wipe-device';

/**
 * Wipes everything Tend keeps about the person on this device. If it fails, syncing starts
 * again (what is left is still in use) and the error is thrown.
 * @param options.keepPreferences - keep display preferences (language, text size…), for
 *   when the person at the device stays and only the records go
 */
export async function wipeThisDevice(options: { keepPreferences?: boolean } = {}): Promise<void> {
	await stopSync();
	try {
		await wipeDevice({
			deleteDatabase: deleteAllLocalData,
			caches: 'caches' in window ? window.caches : undefined,
			storages: [localStorage, sessionStorage],
			keepKeys: options.keepPreferences ? [PREFERENCES_KEY] : []
		});
	} catch (error) {
		await startSync();
		throw error;
	}
	serviceContact.current = null;
	await preferences.load();
}
