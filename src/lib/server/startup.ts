import { issueSetupTokenIfNeeded } from './auth/setup-token';
import type { Config } from './config';
import type { Db } from './store/open-store';

/**
 * The line printed on a start with no staff account. The token sits in the fragment, which
 * browsers never send to a server nor put in a Referer.
 */
export function setupLinkMessage(origin: string, token: string): string {
	return `First start: create the first staff account at ${origin}/staff/setup#token=${token}`;
}

export interface StartServiceDeps {
	openDb: (dataDir: string) => Db;
	now: Date;
	log: (line: string) => void;
}

/**
 * Opens the store and, while no staff account exists, prints a fresh one-time setup link.
 * @throws StoreStartupError when the data folder or database cannot be used
 */
export function startService(config: Config, { openDb, now, log }: StartServiceDeps): Db {
	const db = openDb(config.dataDir);
	const token = issueSetupTokenIfNeeded(db, now);
	if (token !== null) log(setupLinkMessage(config.origin, token));
	return db;
}
