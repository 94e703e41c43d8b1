import type Dexie from 'dexie';
import { AppDb } from './app-db';
import { connection, type ConnectionState } from './connection.svelte';
import { migrations } from './migrations';

/** The IndexedDB database name. */
export const DB_NAME = 'tend';

let instance: AppDb | undefined;

/**
 * Keeps `state` in step with `db` across tabs. When another tab opens a newer schema (or
 * deletes the database) this connection closes at once, so that tab is not held up, and
 * stays closed, so this page's older code cannot write rows in an old shape. Then opens `db`.
 */
export async function connect(db: Dexie, state: ConnectionState): Promise<void> {
	db.on('versionchange', (event) => {
		state.closedByOtherTab(event.newVersion ? 'upgrade' : 'delete');
		db.close({ disableAutoOpen: true });
		return false; // stops Dexie's own handler, which would allow reopening
	});
	db.on('blocked', (event) => {
		// A blocked delete is this tab deleting its data; only an upgrade needs the banner.
		if (event.newVersion) state.blocked();
	});
	try {
		await db.open();
		state.opened();
	} catch (error) {
		state.failed(error);
	}
}

/**
 * The app's one database, created and opened on first use. Call it only in the browser
 * (from event handlers, onMount or load functions with `browser` checked): importing this
 * module on the server does nothing, but IndexedDB does not exist there.
 */
export function getDb(): AppDb {
	if (!instance) {
		instance = new AppDb(DB_NAME, migrations);
		void connect(instance, connection);
	}
	return instance;
}

/**
 * Closes and deletes Tend's IndexedDB database on this device. Other Tend tabs close
 * their connections when told. Caches and localStorage are the caller's to clear.
 */
export async function deleteAllLocalData(): Promise<void> {
	const db = instance ?? new AppDb(DB_NAME, migrations);
	instance = undefined;
	await db.delete({ disableAutoOpen: true });
	connection.reset();
}
