import type { Statement } from 'better-sqlite3';
import type { Db } from './open-store';

/**
 * Prepared statements, kept per database so each SQL text is compiled once rather than on
 * every request (better-sqlite3 statements can be reused for as long as their database is
 * open; SQLite recompiles one by itself after a schema change). Keyed weakly by the
 * database, so a closed one and its statements are let go. SQL built from a request (a
 * search with repeated parameters) could make endless variants: past MAX_CACHED a text is
 * prepared without being kept.
 */
const cache = new WeakMap<Db, Map<string, Statement<unknown[], unknown>>>();

/** At most this many statements are kept per database. */
export const MAX_CACHED = 500;

/**
 * The prepared statement for `sql` on `db`, compiled on first use and reused after.
 * Use it wherever `db.prepare(sql)` would be called more than once.
 */
export function statement<BindParameters extends unknown[] = unknown[], Result = unknown>(
	db: Db,
	sql: string
): Statement<BindParameters, Result> {
	let statements = cache.get(db);
	if (!statements) {
		statements = new Map();
		cache.set(db, statements);
	}
	let prepared = statements.get(sql);
	if (!prepared) {
		prepared = db.prepare<unknown[], unknown>(sql);
		if (statements.size < MAX_CACHED) statements.set(sql, prepared);
	}
	return prepared as unknown as Statement<BindParameters, Result>;
}
