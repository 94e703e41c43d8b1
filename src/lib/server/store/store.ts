import { getConfig } from '../config';
import { openStore, type Db } from './open-store';

// Kept on globalThis so that a module reloaded by the dev server still finds the one open
// database instead of opening a second connection.
const KEY = Symbol.for('tend.store');
type Holder = { [KEY]?: Db };
const holder = globalThis as Holder;

/**
 * Opens the running service's database (once) and closes it when the process exits.
 * @throws StoreStartupError when the data folder or database cannot be used
 */
export function initStore(dataDir: string): Db {
	const existing = holder[KEY];
	if (existing?.open) return existing;
	const db = openStore(dataDir);
	holder[KEY] = db;
	process.once('exit', () => {
		if (db.open) db.close();
	});
	return db;
}

/** The running service's database; opens it from the config if the init hook has not. */
export function getStore(): Db {
	const db = holder[KEY];
	return db?.open ? db : initStore(getConfig().dataDir);
}

/** Closes the running service's database (shutdown and tests). */
export function closeStore(): void {
	const db = holder[KEY];
	if (db?.open) db.close();
	delete holder[KEY];
}
