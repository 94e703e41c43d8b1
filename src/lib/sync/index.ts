/**
 * The sync engine's public API for features. Features never touch fetch or the outbox:
 * they call these. Everything that needs the database is loaded on demand, so importing
 * this module keeps Dexie out of a page's first load (docs/decisions.md D-013).
 */
import type { EnqueueOptions, ToResource } from './outbox-repo';
import type { RecordLink, RecordSyncState } from './types';

export { syncStatus, type LinkSummary } from './status.svelte';
export type { FhirResource, RecordLink, RecordSyncState, SyncActivity, SyncMode } from './types';
export type { RefusedItem } from './engine';

const engine = () => import('./engine');

/** Starts syncing in this tab (the patient layout calls it once the browser is idle). */
export async function startSync(): Promise<void> {
	(await engine()).startEngine();
}

/** Stops syncing in this tab, before this device's data is deleted. */
export async function stopSync(): Promise<void> {
	(await engine()).stopEngine();
}

/**
 * Saves `record` in `table` and, when the device is linked, queues the resource built by
 * `toResource` for the service, in one transaction; then pushes when it can. Self-guided,
 * the record is kept on this device only. With `replace`, a record kept on the device until
 * now is replaced; a record already queued is never queued again (the call fails).
 */
export async function enqueue<T extends { id: string }>(
	table: string,
	record: T,
	toResource: ToResource,
	options: EnqueueOptions = {}
): Promise<{ isQueued: boolean }> {
	return (await engine()).enqueue(table, record, toResource, options);
}

/**
 * Pushes soon: for a feature whose repo queued records in its own transaction (a
 * questionnaire response with its scores), as `enqueue` does after it writes.
 */
export async function pushQueued(): Promise<void> {
	(await engine()).pushQueued();
}

/** "Send now": pushes everything waiting, then fetches what changed; returns how many still wait. */
export async function sendNow(): Promise<number> {
	return (await engine()).sendNow();
}

/** Fetches what changed on the service. */
export async function pull(): Promise<void> {
	await (await engine()).pull();
}

/** Where one record is on its way to the service. */
export async function recordSyncState(id: string): Promise<RecordSyncState> {
	return (await engine()).recordSyncState(id);
}

/** Who new records belong to (patient id and role), or null when self-guided. */
export async function getLink(): Promise<RecordLink | null> {
	return (await engine()).getLink();
}
