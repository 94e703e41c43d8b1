import type { MetaRepo } from './meta-repo';

export { STORAGE_MESSAGES, type StorageMessageKey } from './messages';
export { describeStorageError } from './storage-errors';
export { formatBytes } from './format-bytes';

/** The parts of `navigator.storage` Tend uses; any may be missing in older browsers. */
export type StorageManagerLike = Partial<
	Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>
>;

export interface StorageStatus {
	/** Whether the browser has promised not to clear Tend's data to save space. */
	persisted: boolean | 'unsupported';
	usage?: number;
	quota?: number;
}

export type PersistenceOutcome = 'granted' | 'denied' | 'unsupported';

/** What is remembered in `meta` after asking the browser. */
export interface PersistenceRecord {
	askedAt: string;
	outcome: 'granted' | 'denied';
}

/** The `meta` key under which the last persistence request is remembered. */
export const PERSISTENCE_META_KEY = 'storage.persistence';

/** How much this device stores for Tend and whether the browser will keep it. */
export async function getStorageStatus(
	storage: StorageManagerLike | undefined
): Promise<StorageStatus> {
	const status: StorageStatus = { persisted: 'unsupported' };
	if (typeof storage?.persisted === 'function') {
		status.persisted = await storage.persisted().catch(() => false);
	}
	if (typeof storage?.estimate === 'function') {
		// Some browsers reject estimate() in private windows; the size is then just unknown.
		const estimate = await storage.estimate().catch(() => undefined);
		if (typeof estimate?.usage === 'number') status.usage = estimate.usage;
		if (typeof estimate?.quota === 'number') status.quota = estimate.quota;
	}
	return status;
}

/** The remembered persistence request, or undefined if Tend has not asked yet. */
export async function readPersistenceRecord(
	meta: MetaRepo
): Promise<PersistenceRecord | undefined> {
	const value = (await meta.get(PERSISTENCE_META_KEY)) as Partial<PersistenceRecord> | undefined;
	const valid =
		typeof value?.askedAt === 'string' &&
		(value.outcome === 'granted' || value.outcome === 'denied');
	return valid ? (value as PersistenceRecord) : undefined;
}

/**
 * Asks the browser to keep Tend's data (`navigator.storage.persist()`) and remembers the
 * answer in `meta`. Call it when the person first has data worth keeping: after enrolling
 * with the service or saving their first record. It asks only once (some browsers show a
 * prompt), unless `again` is set, as the Settings button does when the person taps it.
 * @param storage - `navigator.storage`, or undefined where it does not exist
 * @param meta - where the answer is remembered; without it every call asks
 */
export async function requestPersistence(
	storage: StorageManagerLike | undefined,
	meta?: MetaRepo,
	options: { now?: Date; again?: boolean } = {}
): Promise<PersistenceOutcome> {
	if (typeof storage?.persist !== 'function') return 'unsupported';
	if (typeof storage.persisted === 'function' && (await storage.persisted().catch(() => false))) {
		return 'granted';
	}
	const remembered = meta && !options.again ? await readPersistenceRecord(meta) : undefined;
	if (remembered) {
		// Where persisted() exists it just said no, whatever the browser answered before.
		return typeof storage.persisted === 'function' ? 'denied' : remembered.outcome;
	}
	const granted = await storage.persist().catch(() => false);
	const outcome = granted ? 'granted' : 'denied';
	const askedAt = (options.now ?? new Date()).toISOString();
	await meta?.set(PERSISTENCE_META_KEY, { askedAt, outcome } satisfies PersistenceRecord);
	return outcome;
}
