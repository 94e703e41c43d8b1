import Dexie, { type DexieOptions, type EntityTable, type Table } from 'dexie';
import type { CarePlanVersion } from '$lib/careplan/types';
import type { Checkin } from '$lib/checkin/types';
import type { EnrolmentRecord } from '$lib/enrolment/types';
import type { FlareLogEntry } from '$lib/flare/types';
import type { StoredResponse } from '$lib/proms/stored-response';
import type { OutboxEntry, PulledResource, SyncStateRecord } from '$lib/sync/types';
import type { Migration } from './migrations/types';

/** A row of the key-value `meta` table. */
export interface MetaRecord {
	key: string;
	value: unknown;
}

/** Throws unless versions are whole numbers from 1, strictly increasing. */
export function assertMigrationOrder(migrations: readonly Migration[]): void {
	let previous = 0;
	for (const migration of migrations) {
		if (!Number.isInteger(migration.version) || migration.version <= previous) {
			throw new Error(
				`Migration version ${migration.version} must be a whole number above ${previous}`
			);
		}
		previous = migration.version;
	}
	if (migrations.length === 0) throw new Error('At least one migration is needed');
}

/** The one row of `ownCarePlan`: the plan a self-guided person wrote. */
export interface OwnCarePlanRecord {
	key: 'current';
	plan: CarePlanVersion;
}

/** Tend's IndexedDB database: declares every schema version from a list of migrations. */
export class AppDb extends Dexie {
	// `declare` so no class-field initialiser overwrites the tables Dexie sets up in version().
	declare meta: EntityTable<MetaRecord, 'key'>;
	declare enrolment: EntityTable<EnrolmentRecord, 'key'>;
	declare outbox: EntityTable<OutboxEntry, 'id'>;
	declare checkins: EntityTable<Checkin, 'id'>;
	declare syncState: EntityTable<SyncStateRecord, 'key'>;
	declare pulled: Table<PulledResource, [string, string]>;
	declare ownCarePlan: EntityTable<OwnCarePlanRecord, 'key'>;
	declare flareLogs: EntityTable<FlareLogEntry, 'id'>;
	declare promResponses: EntityTable<StoredResponse, 'id'>;

	constructor(name: string, migrations: readonly Migration[], options?: DexieOptions) {
		super(name, options);
		assertMigrationOrder(migrations);
		for (const migration of migrations) {
			const version = this.version(migration.version).stores(migration.stores);
			if (migration.upgrade) version.upgrade(migration.upgrade);
		}
	}
}
