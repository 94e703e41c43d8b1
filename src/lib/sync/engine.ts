/**
 * The sync engine in the browser: wires the scheduler to the database, the network and
 * the page's events, and keeps `syncStatus` up to date from a live query. Loaded on demand
 * (it brings in Dexie), never in a page's first load: see index.ts.
 */
import { liveQuery } from 'dexie';
import { getDb } from '$lib/db/db';
import { readEnrolment } from '$lib/enrolment/repo';
import { PUSH_MESSAGE, registerBackgroundSync } from './background-sync';
import { linkOf, modeOf } from './mode';
import {
	enqueueRecord,
	makeAllDue,
	nextDueAt,
	outboxSummary,
	quarantinedEntries,
	recordStates,
	retryQuarantined,
	type EnqueueOptions,
	type ToResource
} from './outbox-repo';
import { pull as pullChanges } from './puller';
import { pushOnce } from './pusher';
import { SyncScheduler, type TriggerReason } from './scheduler';
import { syncStatus } from './status.svelte';
import type { RecordLink, RecordSyncState } from './types';

/** Reasons that mean the connection is back: waiting entries need not sit out their backoff. */
const RECONNECT_REASONS = new Set<TriggerReason>(['online', 'background-sync']);
/** Reasons that also fetch what changed on the service. */
const PULL_REASONS = new Set<TriggerReason>([
	'start',
	'online',
	'send-now',
	'pull',
	'background-sync'
]);

let scheduler: SyncScheduler | undefined;
let stopWatching: (() => void) | undefined;
const removers: Array<() => void> = [];

const fetchFromPage: typeof fetch = (input, init) => globalThis.fetch(input, init);

async function run(reasons: readonly TriggerReason[]): Promise<void> {
	const db = getDb();
	const enrolment = await readEnrolment(db);
	if (!enrolment || modeOf(enrolment) !== 'linked') return;
	const connection = {
		db,
		fetch: fetchFromPage,
		now: () => new Date(),
		fhirBase: new URL(enrolment.fhirBase, location.origin).href,
		token: enrolment.token
	};
	syncStatus.isPushing = true;
	try {
		if (reasons.some((reason) => RECONNECT_REASONS.has(reason))) await makeAllDue(db, new Date());
		const pushed = await pushOnce({ ...connection, random: Math.random });
		syncStatus.isOffline = pushed.outcome === 'offline';
		if (pushed.outcome === 'offline' || pushed.outcome === 'retry-later') {
			void registerBackgroundSync(navigator.serviceWorker);
		}
		const canPull = pushed.outcome === 'done' || pushed.outcome === 'retry-later';
		if (canPull && reasons.some((reason) => PULL_REASONS.has(reason))) {
			const pulled = await pullChanges(connection);
			if (pulled.outcome === 'offline') syncStatus.isOffline = true;
		}
	} finally {
		syncStatus.isPushing = false;
		syncStatus.checkedAt = new Date();
	}
}

function watchStatus(): () => void {
	const subscription = liveQuery(async () => {
		const db = getDb();
		return Promise.all([readEnrolment(db), outboxSummary(db)]);
	}).subscribe({
		next: ([enrolment, summary]) => syncStatus.update(enrolment, summary),
		error: () => undefined // the database notice explains a closed or failed database
	});
	return () => subscription.unsubscribe();
}

function listen(
	target: EventTarget | undefined,
	type: string,
	handler: (event: Event) => void
): void {
	if (!target) return;
	target.addEventListener(type, handler);
	removers.push(() => target.removeEventListener(type, handler));
}

/** Starts the engine once per page: status, triggers, and a first run. */
export function startEngine(): SyncScheduler {
	if (scheduler) return scheduler;
	const started = new SyncScheduler({
		run,
		nextDueAt: async () => {
			const at = await nextDueAt(getDb());
			return at ? new Date(at) : null;
		},
		now: () => new Date(),
		locks: typeof navigator !== 'undefined' ? navigator.locks : undefined
	});
	scheduler = started;
	stopWatching = watchStatus();
	syncStatus.isOffline = !navigator.onLine;
	listen(window, 'online', () => {
		syncStatus.isOffline = false;
		void started.trigger('online');
	});
	listen(window, 'offline', () => (syncStatus.isOffline = true));
	listen(navigator.serviceWorker, 'message', (event) => {
		if ((event as MessageEvent).data?.type === PUSH_MESSAGE)
			void started.trigger('background-sync');
	});
	void started.trigger('start');
	return started;
}

/** Stops the engine (before this device's data is deleted). startEngine() starts afresh. */
export function stopEngine(): void {
	scheduler?.stop();
	scheduler = undefined;
	stopWatching?.();
	stopWatching = undefined;
	removers.splice(0).forEach((remove) => remove());
	syncStatus.reset();
}

/** Writes a record and, when linked, its outbox entry in one transaction, then pushes. */
export async function enqueue<T extends { id: string }>(
	table: string,
	record: T,
	toResource: ToResource,
	options: EnqueueOptions = {}
): Promise<{ isQueued: boolean }> {
	const result = await enqueueRecord(getDb(), table, record, toResource, new Date(), options);
	if (result.isQueued) void startEngine().trigger('record');
	return result;
}

/** Pushes soon, after a feature queued records itself in a transaction of its own. */
export function pushQueued(): void {
	void startEngine().trigger('record');
}

/**
 * "Send now": everything waiting is due at once; then push and pull. Returns how many
 * items are still waiting, read afresh (the live status may not have caught up yet).
 */
export async function sendNow(): Promise<number> {
	await makeAllDue(getDb(), new Date());
	await startEngine().trigger('send-now');
	return (await outboxSummary(getDb())).waiting;
}

/** Fetches what changed on the service (after pushing anything due). */
export async function pull(): Promise<void> {
	await startEngine().trigger('pull');
}

/** Where one record is on its way to the service. */
export async function recordSyncState(id: string): Promise<RecordSyncState> {
	return (await recordStates(getDb(), [id], new Date())).get(id) ?? { kind: 'local' };
}

/** Where each record is; for live lists, call inside a live query. */
export async function recordSyncStates(
	ids: readonly string[]
): Promise<Map<string, RecordSyncState>> {
	return recordStates(getDb(), ids, new Date());
}

/** Who new records belong to, or null when self-guided. */
export async function getLink(): Promise<RecordLink | null> {
	return linkOf(await readEnrolment(getDb()));
}

/** A record the service refused, as Settings lists it. */
export interface RefusedItem {
	id: string;
	table: string;
	createdAt: string;
	reason: string;
	refusedAt: string;
}

/** Records the service refused, oldest first. */
export async function refusedItems(): Promise<RefusedItem[]> {
	return (await quarantinedEntries(getDb())).map((entry) => ({
		id: entry.id,
		table: entry.table,
		createdAt: entry.createdAt,
		reason: entry.lastError?.message ?? '',
		refusedAt: entry.lastError?.at ?? entry.createdAt
	}));
}

/** "Try again" for refused records (one, or all), then push. */
export async function retryRefused(id?: string): Promise<void> {
	await retryQuarantined(getDb(), new Date(), id);
	await startEngine().trigger('send-now');
}
