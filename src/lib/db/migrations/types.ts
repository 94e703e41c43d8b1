import type { Transaction } from 'dexie';

/**
 * One schema version. `stores` lists only the tables this version adds or changes
 * (Dexie keeps the rest); `null` deletes a table. `upgrade` moves existing rows to the
 * new shape and runs once, inside the version-change transaction.
 */
export interface Migration {
	version: number;
	stores: Record<string, string | null>;
	upgrade?: (tx: Transaction) => PromiseLike<unknown> | void;
}
