import { accessSync, constants, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations';

export type Db = Database.Database;

/** The database file's name inside the data folder. */
export const DB_FILE_NAME = 'tend.sqlite';

/**
 * The service cannot use its data folder or database. The message is written for the
 * person starting the service and is printed on its own, without a stack trace.
 */
export class StoreStartupError extends Error {
	override readonly name = 'StoreStartupError';
}

export interface OpenStoreOptions {
	/** Migrations to apply; the real list unless a test says otherwise. */
	migrations?: readonly Migration[];
	/** Clock for `schema_migrations.applied_at`. */
	now?: () => Date;
}

/**
 * Opens (creating if needed) `<dataDir>/tend.sqlite` in WAL mode and brings its schema up
 * to date.
 * @throws StoreStartupError when the folder cannot be written or the file is not a database
 */
export function openStore(dataDir: string, options: OpenStoreOptions = {}): Db {
	const folder = resolve(dataDir);
	ensureWritableFolder(folder);
	const file = join(folder, DB_FILE_NAME);
	let db: Db;
	try {
		db = new Database(file);
		db.pragma('journal_mode = WAL');
		db.pragma('synchronous = NORMAL');
		db.pragma('foreign_keys = ON');
		db.pragma('busy_timeout = 5000');
	} catch (cause) {
		throw new StoreStartupError(
			`Tend cannot open its database ${file}: ${describe(cause)}. Move the file aside or set DATA_DIR to another folder.`,
			{ cause }
		);
	}
	try {
		migrate(db, options.migrations ?? MIGRATIONS, options.now ?? (() => new Date()));
	} catch (error) {
		db.close();
		throw error;
	}
	return db;
}

/** Ids of the migrations recorded in this database, in order. */
export function appliedMigrationIds(db: Db): number[] {
	return db
		.prepare<[], { id: number }>('SELECT id FROM schema_migrations ORDER BY id')
		.all()
		.map((row) => row.id);
}

function ensureWritableFolder(folder: string): void {
	try {
		mkdirSync(folder, { recursive: true });
		if (!statSync(folder).isDirectory()) throw new Error('not a folder');
		accessSync(folder, constants.W_OK);
		// access() trusts permission bits; a read-only mount or a full disk only shows on a write.
		const probe = join(folder, `.write-probe-${process.pid}`);
		writeFileSync(probe, 'ok');
		rmSync(probe);
	} catch (cause) {
		throw new StoreStartupError(
			`Tend cannot write to its data folder ${folder}. Set DATA_DIR to a folder this user can write to.`,
			{ cause }
		);
	}
}

function migrate(db: Db, migrations: readonly Migration[], now: () => Date): void {
	db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
		id INTEGER PRIMARY KEY,
		name TEXT NOT NULL,
		applied_at TEXT NOT NULL
	)`);
	const applied = new Set(appliedMigrationIds(db));
	const known = Math.max(0, ...migrations.map((m) => m.id));
	const newest = Math.max(0, ...applied);
	if (newest > known) {
		throw new StoreStartupError(
			`The database in ${db.name} was written by a newer version of Tend (schema ${newest}; this version knows up to ${known}). Start the newer version again.`
		);
	}
	const record = db.prepare(
		'INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)'
	);
	for (const migration of [...migrations].sort((a, b) => a.id - b.id)) {
		if (applied.has(migration.id)) continue;
		db.transaction(() => {
			db.exec(migration.up);
			record.run(migration.id, migration.name, now().toISOString());
		}).immediate();
	}
}

function describe(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
