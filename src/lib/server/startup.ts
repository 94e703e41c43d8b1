import { BUILT_CONNECT_SRC, isConnectAllowed } from '$lib/csp/allowed';
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

/**
 * The warning printed when FHIR_BASE_URL is on an origin the app's CSP does not allow: the
 * app would refuse every link (D-023), so whoever starts the service hears it first.
 */
export function fhirBaseWarning(config: Pick<Config, 'origin' | 'fhirBaseUrl'>): string {
	const origin = new URL(config.fhirBaseUrl).origin;
	return `Warning: FHIR_BASE_URL is on ${origin}, which this build of the app may not connect to; devices cannot link. Rebuild with TEND_CONNECT_SRC="${origin}".`;
}

export interface StartServiceDeps {
	openDb: (dataDir: string) => Db;
	now: Date;
	log: (line: string) => void;
	/** Other origins the built CSP allows (TEND_CONNECT_SRC). */
	connectSrc?: readonly string[];
}

/**
 * Opens the store and, while no staff account exists, prints a fresh one-time setup link;
 * warns when the app could not reach the FHIR base the service names.
 * @throws StoreStartupError when the data folder or database cannot be used
 */
export function startService(
	config: Config,
	{ openDb, now, log, connectSrc = BUILT_CONNECT_SRC }: StartServiceDeps
): Db {
	if (!isConnectAllowed(config.fhirBaseUrl, config.origin, connectSrc))
		log(fhirBaseWarning(config));
	const db = openDb(config.dataDir);
	const token = issueSetupTokenIfNeeded(db, now);
	if (token !== null) log(setupLinkMessage(config.origin, token));
	return db;
}
