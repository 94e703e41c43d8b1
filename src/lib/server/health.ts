import type { Db } from './store/open-store';
import { statement } from './store/statements';

export interface Health {
	status: 'ok' | 'unavailable';
	version: string;
	db: 'ok' | 'unavailable';
}

/**
 * Checks the database answers a trivial query.
 * @param getDb - may throw (database not open) as well as the query
 */
export function checkHealth(
	getDb: () => Db,
	version: string
): { httpStatus: number; body: Health } {
	try {
		statement(getDb(), 'SELECT 1').get();
		return { httpStatus: 200, body: { status: 'ok', version, db: 'ok' } };
	} catch {
		return { httpStatus: 503, body: { status: 'unavailable', version, db: 'unavailable' } };
	}
}
