/**
 * The outbox entry's state machine (DESIGN §4):
 *
 *   pending ──take──▶ sending ──2xx──▶ sent (final)
 *      ▲                 │ ──network, 408, 429, 5xx──▶ pending (attempts + 1, later)
 *      │                 │ ──refused (4xx)──▶ quarantined (kept, never deleted)
 *      └──── release ────┘   (not judged, tab closed mid-request, device revoked)
 *   quarantined ──the person chooses "Try again"──▶ pending
 *
 * Invariants: an entry is never removed; `sent` is final, so a late or repeated answer can
 * never un-send it; only a refusal quarantines. A transition that does not apply to the
 * entry's state returns the entry unchanged.
 */
import { STALE_AFTER_MS } from './activity';
import type { EntryVerdict, Failure } from './bundle';
import { hasRecordIdentifier } from './bundle';
import type { FhirResource, OutboxEntry, RecordSyncState } from './types';

const iso = (date: Date) => date.toISOString();
const later = (now: Date, ms: number) => new Date(now.getTime() + Math.max(0, ms)).toISOString();

/** A new pending entry for a record, due at once. Throws if the resource lacks the record's identifier. */
export function createEntry(input: {
	id: string;
	table: string;
	resource: FhirResource;
	now: Date;
}): OutboxEntry {
	if (!hasRecordIdentifier(input.resource, input.id)) {
		throw new Error(`${input.resource.resourceType} for ${input.id} lacks its record identifier`);
	}
	return {
		id: input.id,
		table: input.table,
		resourceType: input.resource.resourceType,
		resource: input.resource,
		createdAt: iso(input.now),
		state: 'pending',
		attempts: 0,
		nextAttemptAt: iso(input.now)
	};
}

/** Waiting to be sent: pending, or sending (which a closed tab may have left behind). */
export function isWaiting(entry: OutboxEntry): boolean {
	return entry.state === 'pending' || entry.state === 'sending';
}

/** Waiting, and its next attempt is due. */
export function isDue(entry: OutboxEntry, now: Date): boolean {
	return isWaiting(entry) && entry.nextAttemptAt <= iso(now);
}

/** Not sent, and made more than seven days ago. */
export function isStale(entry: OutboxEntry, now: Date): boolean {
	return entry.state !== 'sent' && now.getTime() - Date.parse(entry.createdAt) >= STALE_AFTER_MS;
}

/** pending → sending, as a request for it starts. */
export function startSending(entry: OutboxEntry): OutboxEntry {
	return entry.state === 'pending' ? { ...entry, state: 'sending' } : entry;
}

/** → sent, after a 2xx for this entry. */
export function markSent(
	entry: OutboxEntry,
	update: { now: Date; serverId?: string }
): OutboxEntry {
	if (!isWaiting(entry)) return entry;
	const sent: OutboxEntry = { ...entry, state: 'sent', sentAt: iso(update.now) };
	if (update.serverId) sent.serverId = update.serverId;
	return sent;
}

/** → pending with one more failed attempt, not before `delayMs` from now. */
export function scheduleRetry(
	entry: OutboxEntry,
	update: { now: Date; delayMs: number; failure: Failure }
): OutboxEntry {
	if (!isWaiting(entry)) return entry;
	return {
		...entry,
		state: 'pending',
		attempts: entry.attempts + 1,
		nextAttemptAt: later(update.now, update.delayMs),
		lastError: { ...update.failure, at: iso(update.now) }
	};
}

/** → pending, not before `until`, without counting an attempt (the entry was not tried). */
export function postpone(entry: OutboxEntry, until: Date): OutboxEntry {
	if (!isWaiting(entry)) return entry;
	const nextAttemptAt = entry.nextAttemptAt > iso(until) ? entry.nextAttemptAt : iso(until);
	return { ...entry, state: 'pending', nextAttemptAt };
}

/** sending → pending, due as before: nothing was learned about this entry. */
export function release(entry: OutboxEntry): OutboxEntry {
	return entry.state === 'sending' ? { ...entry, state: 'pending' } : entry;
}

/** → quarantined, when the service refused this entry. Kept, with the reason. */
export function markQuarantined(
	entry: OutboxEntry,
	update: { now: Date; failure: Failure }
): OutboxEntry {
	if (!isWaiting(entry)) return entry;
	return { ...entry, state: 'quarantined', lastError: { ...update.failure, at: iso(update.now) } };
}

/** → pending and due now: "Send now" for a waiting entry, "Try again" for a refused one. */
export function requeue(entry: OutboxEntry, now: Date): OutboxEntry {
	if (entry.state === 'sent') return entry;
	const attempts = entry.state === 'quarantined' ? 0 : entry.attempts;
	return { ...entry, state: 'pending', attempts, nextAttemptAt: iso(now) };
}

/** Applies the service's verdict on one entry. */
export function applyVerdict(
	entry: OutboxEntry,
	verdict: EntryVerdict,
	context: { now: Date; delayMs: number }
): OutboxEntry {
	switch (verdict.disposition) {
		case 'sent':
			return markSent(entry, { now: context.now, serverId: verdict.serverId });
		case 'retry':
			return scheduleRetry(entry, { ...context, failure: verdict.failure });
		case 'quarantine':
			return markQuarantined(entry, { now: context.now, failure: verdict.failure });
		case 'resend':
			return release(entry);
	}
}

/** Where a record is, for the page: no entry means it is kept on this device only. */
export function recordStateOf(entry: OutboxEntry | undefined, now: Date): RecordSyncState {
	if (!entry) return { kind: 'local' };
	switch (entry.state) {
		case 'pending':
			return { kind: 'waiting', since: entry.createdAt, isStale: isStale(entry, now) };
		case 'sending':
			return { kind: 'sending' };
		case 'sent':
			return { kind: 'sent', at: entry.sentAt ?? entry.createdAt };
		case 'quarantined':
			return {
				kind: 'quarantined',
				reason: entry.lastError?.message ?? '',
				at: entry.lastError?.at ?? entry.createdAt
			};
	}
}
