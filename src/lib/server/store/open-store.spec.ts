import { chmodSync, mkdtempSync, rmSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, type Migration } from './migrations';
import {
	appliedMigrationIds,
	DB_FILE_NAME,
	openStore,
	StoreStartupError,
	type Db
} from './open-store';

const isRoot = process.getuid?.() === 0;

let root: string;
const opened: Db[] = [];

function open(dir: string, migrations?: readonly Migration[]): Db {
	const db = openStore(dir, { migrations, now: () => new Date('2025-03-01T09:00:00Z') });
	opened.push(db);
	return db;
}

function expectRefusal(dir: string): void {
	let error: unknown;
	try {
		open(dir);
	} catch (caught) {
		error = caught;
	}
	expect(error).toBeInstanceOf(StoreStartupError);
	expect((error as Error).message).toMatch(
		/^Tend cannot write to its data folder .+\. Set DATA_DIR to a folder this user can write to\.$/
	);
}

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'tend-store-'));
});

afterEach(() => {
	for (const db of opened.splice(0)) if (db.open) db.close();
	chmodSync(root, 0o700);
	for (const name of readdirSync(root)) {
		try {
			chmodSync(join(root, name), 0o700);
		} catch {
			// not there
		}
	}
	rmSync(root, { recursive: true, force: true });
});

describe('openStore on a fresh folder', () => {
	it('creates the folder and the database in WAL mode with foreign keys on', () => {
		const db = open(join(root, 'nested', 'data'));
		expect(db.name).toBe(join(root, 'nested', 'data', DB_FILE_NAME));
		expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
		expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
		expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
	});

	it('records every migration and creates the v1 tables', () => {
		const db = open(root);
		expect(appliedMigrationIds(db)).toEqual(MIGRATIONS.map((m) => m.id));
		const tables = db
			.prepare<[], { name: string }>(
				"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
			)
			.all()
			.map((row) => row.name);
		expect(tables).toEqual(
			expect.arrayContaining(['staff_account', 'setup_token', 'audit_event', 'schema_migrations'])
		);
		const row = db.prepare('SELECT name, applied_at FROM schema_migrations WHERE id = 1').get();
		expect(row).toEqual({ name: 'staff-setup-audit', applied_at: '2025-03-01T09:00:00.000Z' });
	});

	it('leaves no write probe behind', () => {
		const db = open(root);
		db.close();
		expect(readdirSync(root).filter((name) => name.startsWith('.write-probe'))).toEqual([]);
	});

	it('keeps staff email unique whatever the case', () => {
		const db = open(root);
		const insert = db.prepare(
			"INSERT INTO staff_account (id, email, display_name, password_hash, created_at) VALUES (?, ?, 'A', 'x', '2025-01-01T00:00:00.000Z')"
		);
		insert.run('a', 'sam@example.nhs.uk');
		expect(() => insert.run('b', 'SAM@example.nhs.uk')).toThrow(/UNIQUE/);
	});
});

describe('openStore on reopening', () => {
	it('does not apply a migration twice, and keeps the data', () => {
		const first = open(root);
		first.exec(
			"INSERT INTO audit_event (at, actor_type, action) VALUES ('2025-01-01T00:00:00.000Z', 'system', 'test')"
		);
		first.close();
		const second = open(root);
		expect(appliedMigrationIds(second)).toEqual(MIGRATIONS.map((m) => m.id));
		expect(second.prepare('SELECT count(*) AS n FROM audit_event').get()).toEqual({ n: 1 });
	});

	it('applies only migrations added since, in order', () => {
		open(root).close();
		const next = MIGRATIONS.length + 1;
		const extra: Migration[] = [
			{ id: next + 1, name: 'later', up: 'ALTER TABLE extra_two ADD COLUMN b TEXT' },
			{ id: next, name: 'sooner', up: 'CREATE TABLE extra_two (a TEXT)' }
		];
		const db = open(root, [...MIGRATIONS, ...extra]);
		expect(appliedMigrationIds(db)).toEqual([...MIGRATIONS.map((m) => m.id), next, next + 1]);
	});

	it('rolls back a failing migration as a whole', () => {
		open(root).close();
		const broken: Migration = {
			id: MIGRATIONS.length + 1,
			name: 'broken',
			up: 'CREATE TABLE half (a TEXT); NOT SQL'
		};
		expect(() => open(root, [...MIGRATIONS, broken])).toThrow();
		const db = open(root);
		expect(appliedMigrationIds(db)).toEqual(MIGRATIONS.map((m) => m.id));
		expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half'").get()).toEqual(
			{ n: 0 }
		);
	});

	it('refuses a database written by a newer version', () => {
		open(root, [...MIGRATIONS, { id: 99, name: 'future', up: 'SELECT 1' }]).close();
		expect(() => open(root)).toThrow(StoreStartupError);
		expect(() => open(root)).toThrow(/newer version of Tend \(schema 99/);
	});

	it('refuses a file that is not a database, saying which file', () => {
		writeFileSync(join(root, DB_FILE_NAME), 'this is not SQLite '.repeat(100));
		expect(() => open(root)).toThrow(StoreStartupError);
		expect(() => open(root)).toThrow(`Tend cannot open its database ${join(root, DB_FILE_NAME)}`);
	});
});

describe('openStore on a folder it cannot write', () => {
	it('refuses when the data path is a file', () => {
		const file = join(root, 'data');
		writeFileSync(file, '');
		expectRefusal(file);
	});

	it('refuses when the data path is under a file', () => {
		const file = join(root, 'data');
		writeFileSync(file, '');
		expectRefusal(join(file, 'inside'));
	});

	it.skipIf(isRoot)('refuses a read-only folder (chmod 0o500)', () => {
		const dir = join(root, 'read-only');
		mkdirSync(dir);
		chmodSync(dir, 0o500);
		expectRefusal(dir);
	});

	it.skipIf(isRoot)('refuses to create a folder inside a read-only folder', () => {
		chmodSync(root, 0o500);
		expectRefusal(join(root, 'data'));
	});

	it('names the folder in the message', () => {
		const file = join(root, 'data');
		writeFileSync(file, '');
		expect(() => open(file)).toThrow(`Tend cannot write to its data folder ${file}.`);
	});
});
