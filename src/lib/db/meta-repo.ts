import type { AppDb } from './app-db';

/** Reads and writes small facts in the `meta` table. */
export interface MetaRepo {
	get(key: string): Promise<unknown>;
	set(key: string, value: unknown): Promise<void>;
}

/** The `meta` table of `db` as a MetaRepo. */
export function createMetaRepo(db: AppDb): MetaRepo {
	return {
		async get(key) {
			return (await db.meta.get(key))?.value;
		},
		async set(key, value) {
			await db.meta.put({ key, value });
		}
	};
}
