/**
 * The only place that touches the outbox table. Every change reads the entry as stored and
 * applies a transition of the state machine (outbox-state.ts) inside a transaction, so a
 * change made meanwhile (the person pressing "Send now") is never overwritten.
 */
import Dexie from 'dexie';
import type { AppDb } from '$lib/db/app-db';
import { readEnrolment } from '$lib/enrolment/repo';
import { linkOf } from './mode';
import { createEntry, recordStateOf, release, requeue, startSending } from './outbox-state';
import type {
	FhirResource,
	OutboxEntry,
	OutboxState,
	OutboxSummary,
	RecordLink,
	RecordSyncState
} from './types';

/** Builds the resource to send for a record, given who it belongs to. */
export type ToResource = (link: RecordLink) => FhirResource;

/** How enqueueRecord writes the record. */
export interface EnqueueOptions {
	/**
	 * Replace a record kept on the device until now (a flare logged while it went on, sent
	 * once it ended). The outbox entry is still only ever added: a record already queued
	 * fails, and nothing is written.
	 */
	replace?: boolean;
}

/** One resource a record sends, under its own client UUID (its outbox entry id). */
export interface RecordResource {
	id: string;
	resource: FhirResource;
}

/**
 * Writes `record` to `table` and, when the device is linked, its outbox entry, in ONE
 * transaction: both are stored or neither is. Adding (not replacing) means a record saved
 * twice fails rather than being queued twice. Self-guided, only the record is stored.
 * @returns whether an outbox entry was written
 */
export async function enqueueRecord<T extends { id: string }>(
	db: AppDb,
	table: string,
	record: T,
	toResource: ToResource,
	now: Date,
	options: EnqueueOptions = {}
): Promise<{ isQueued: boolean }> {
	const toResources = (link: RecordLink) => [{ id: record.id, resource: toResource(link) }];
	return enqueueRecordResources(db, table, record, toResources, now, options);
}

/**
 * As enqueueRecord, for a record that sends several resources (a questionnaire response
 * and the score Observations derived from it): the record and every entry are stored in
 * ONE transaction, or nothing is. An entry id already queued fails the whole write.
 */
export async function enqueueRecordResources<T extends { id: string }>(
	db: AppDb,
	table: string,
	record: T,
	toResources: (link: RecordLink) => readonly RecordResource[],
	now: Date,
	options: EnqueueOptions = {}
): Promise<{ isQueued: boolean }> {
	return db.transaction('rw', [table, 'outbox', 'enrolment'], async () => {
		const link = linkOf(await readEnrolment(db));
		if (options.replace) await db.table<T, string>(table).put(record);
		else await db.table<T, string>(table).add(record);
		if (!link) return { isQueued: false };
		const entries = toResources(link).map(({ id, resource }) =>
			createEntry({ id, table, resource, now })
		);
		await db.outbox.bulkAdd(entries);
		return { isQueued: true };
	});
}

function inState(db: AppDb, index: 'createdAt' | 'nextAttemptAt' | 'sentAt', state: OutboxState) {
	return db.outbox.where(`[state+${index}]`).between([state, Dexie.minKey], [state, Dexie.maxKey]);
}

/** Takes up to `limit` due pending entries, oldest due first, marking them sending. */
export async function takeDue(db: AppDb, now: Date, limit: number): Promise<OutboxEntry[]> {
	return db.transaction('rw', db.outbox, async () => {
		const due = await db.outbox
			.where('[state+nextAttemptAt]')
			.between(['pending', Dexie.minKey], ['pending', now.toISOString()], true, true)
			.limit(limit)
			.toArray();
		const sending = due.map(startSending);
		await db.outbox.bulkPut(sending);
		return sending;
	});
}

/**
 * Entries left 'sending' by a run that never finished (the tab closed mid-request) go back
 * to pending. Safe to resend: the service recognises a replay by its identifier. Call only
 * while holding the push lock, when no request of this device is in flight.
 */
export async function recoverInterrupted(db: AppDb): Promise<number> {
	return inState(db, 'createdAt', 'sending').modify((entry, ref) => {
		ref.value = release(entry);
	});
}

/** Applies a transition to each listed entry as stored now, in one transaction. */
export async function updateEntries(
	db: AppDb,
	changes: ReadonlyArray<readonly [id: string, change: (entry: OutboxEntry) => OutboxEntry]>
): Promise<void> {
	if (changes.length === 0) return;
	await db.transaction('rw', db.outbox, async () => {
		const stored = await db.outbox.bulkGet(changes.map(([id]) => id));
		const updated = changes.flatMap(([, change], index) => {
			const entry = stored[index];
			return entry ? [change(entry)] : [];
		});
		await db.outbox.bulkPut(updated);
	});
}

/** "Send now": every waiting entry becomes due at once. */
export async function makeAllDue(db: AppDb, now: Date): Promise<number> {
	return inState(db, 'createdAt', 'pending').modify((entry, ref) => {
		ref.value = requeue(entry, now);
	});
}

/** "Try again" for refused entries (all, or one): they become pending and due. */
export async function retryQuarantined(db: AppDb, now: Date, id?: string): Promise<number> {
	const refused = inState(db, 'createdAt', 'quarantined');
	return (id ? refused.filter((entry) => entry.id === id) : refused).modify((entry, ref) => {
		ref.value = requeue(entry, now);
	});
}

/** When the earliest waiting entry is next due, or null when none waits. */
export async function nextDueAt(db: AppDb): Promise<string | null> {
	return (await inState(db, 'nextAttemptAt', 'pending').first())?.nextAttemptAt ?? null;
}

/** Counts and times over the outbox. `oldestUnsentAt` is the oldest waiting entry. */
export async function outboxSummary(db: AppDb): Promise<OutboxSummary> {
	const [waiting, sending, quarantined, oldestPending, oldestSending, lastSent, next] =
		await Promise.all([
			inState(db, 'createdAt', 'pending').count(),
			inState(db, 'createdAt', 'sending').count(),
			inState(db, 'createdAt', 'quarantined').count(),
			inState(db, 'createdAt', 'pending').first(),
			inState(db, 'createdAt', 'sending').first(),
			inState(db, 'sentAt', 'sent').last(),
			inState(db, 'nextAttemptAt', 'pending').first()
		]);
	const oldest = [oldestPending?.createdAt, oldestSending?.createdAt].filter(
		(at): at is string => at !== undefined
	);
	return {
		waiting: waiting + sending,
		sending,
		quarantined,
		oldestUnsentAt: oldest.sort()[0] ?? null,
		lastSentAt: lastSent?.sentAt ?? null,
		nextAttemptAt: next?.nextAttemptAt ?? null
	};
}

/** Where each record is; a record with no entry is kept on this device only. */
export async function recordStates(
	db: AppDb,
	ids: readonly string[],
	now: Date
): Promise<Map<string, RecordSyncState>> {
	const entries = await db.outbox.bulkGet([...ids]);
	return new Map(ids.map((id, index) => [id, recordStateOf(entries[index], now)]));
}

/** Entries the service refused, oldest first, for Settings. */
export async function quarantinedEntries(db: AppDb): Promise<OutboxEntry[]> {
	return inState(db, 'createdAt', 'quarantined').toArray();
}

/** One entry as stored (tests and diagnostics). */
export async function getEntry(db: AppDb, id: string): Promise<OutboxEntry | undefined> {
	return db.outbox.get(id);
}
