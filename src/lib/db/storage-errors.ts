import { STORAGE_MESSAGES, type StorageMessageKey } from './messages';

// Names as browsers and Dexie report them. Firefox once used its own name for quota;
// old Safari threw a DOMException with legacy code 22 and no useful name.
const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
const LEGACY_QUOTA_CODE = 22;

// Checked after quota, most specific first: an OpenFailedError wrapping a VersionError
// is explained as the VersionError.
const KNOWN: ReadonlyArray<[ReadonlySet<string>, StorageMessageKey]> = [
	[new Set(['VersionError']), STORAGE_MESSAGES.versionTooOld],
	[new Set(['InvalidStateError', 'MissingAPIError']), STORAGE_MESSAGES.unavailable],
	[new Set(['DatabaseClosedError']), STORAGE_MESSAGES.databaseClosed],
	[new Set(['OpenFailedError']), STORAGE_MESSAGES.openFailed]
];

const MAX_DEPTH = 5;

function isQuota(error: object): boolean {
	const { name, code } = error as { name?: unknown; code?: unknown };
	if (typeof name === 'string' && QUOTA_NAMES.has(name)) return true;
	const isDomException = typeof DOMException !== 'undefined' && error instanceof DOMException;
	return isDomException && code === LEGACY_QUOTA_CODE;
}

/** What an error wraps: `inner`, `cause`, and a BulkError's or ModifyError's failures. */
function wrapped(error: object): unknown[] {
	const { inner, cause, failures } = error as {
		inner?: unknown;
		cause?: unknown;
		failures?: unknown;
	};
	const list: unknown[] = [inner, cause];
	if (Array.isArray(failures)) list.push(...failures);
	else if (failures && typeof failures === 'object') list.push(...Object.values(failures));
	return list;
}

/** The error and everything it wraps, outermost first, without looping on cycles. */
function chain(error: unknown): object[] {
	const seen = new Set<object>();
	let level: unknown[] = [error];
	for (let depth = 0; depth < MAX_DEPTH && level.length > 0; depth++) {
		const next: unknown[] = [];
		for (const item of level) {
			if (!item || typeof item !== 'object' || seen.has(item)) continue;
			seen.add(item);
			next.push(...wrapped(item));
		}
		level = next;
	}
	return [...seen];
}

/**
 * The i18n key that explains a storage failure in plain words, or null when the error is
 * not a storage problem Tend knows how to explain. Looks through Dexie's wrappers
 * (AbortError.inner, cause, BulkError failures), so a full disk is named as such.
 */
export function describeStorageError(error: unknown): StorageMessageKey | null {
	const errors = chain(error);
	if (errors.some(isQuota)) return STORAGE_MESSAGES.quotaExceeded;
	for (const [names, key] of KNOWN) {
		if (errors.some((item) => names.has(String((item as { name?: unknown }).name)))) return key;
	}
	return null;
}
