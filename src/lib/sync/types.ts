// Plain types of the sync engine, safe for any page's bundle (no Dexie, no zod).

/** A FHIR resource as JSON; only `fhir.ts` mappers know the fields. */
export interface FhirResource {
	resourceType: string;
	[field: string]: unknown;
}

/** Where an outbox entry is on its way to the service. */
export type OutboxState = 'pending' | 'sending' | 'sent' | 'quarantined';

/** Why the last attempt did not succeed. `status` is null for a network error. */
export interface OutboxError {
	status: number | null;
	message: string;
	/** ISO 8601 instant. */
	at: string;
}

/**
 * One record waiting to reach the service, or sent, or refused. Its `id` is the record's
 * client UUID, which is also the resource's identifier, so a replay is recognised.
 * Timestamps are ISO 8601 UTC strings, which sort as they compare.
 */
export interface OutboxEntry {
	id: string;
	/** The Dexie table holding the record this entry sends. */
	table: string;
	resourceType: string;
	resource: FhirResource;
	createdAt: string;
	state: OutboxState;
	/** Failed attempts so far (network errors, 408, 429, 5xx). */
	attempts: number;
	/** Not to be sent before this instant. */
	nextAttemptAt: string;
	lastError?: OutboxError;
	sentAt?: string;
	/** The id the service gave the resource. */
	serverId?: string;
}

/** Who the records on this device belong to, for building resources. */
export interface RecordLink {
	patientId: string;
	role: 'patient' | 'carer';
}

/** Where one record is, in words a page can show. */
export type RecordSyncState =
	| { kind: 'local' }
	| { kind: 'waiting'; since: string; isStale: boolean }
	| { kind: 'sending' }
	| { kind: 'sent'; at: string }
	| { kind: 'quarantined'; reason: string; at: string };

/** self-guided: never linked; linked; unlinked-by-service: the service revoked this device. */
export type SyncMode = 'self-guided' | 'linked' | 'unlinked-by-service';

/** What the sync engine is doing, for the one-line indicator. */
export type SyncActivity = 'idle' | 'sending' | 'offline' | 'problem';

/** A row of the key-value `syncState` table (lastPulledAt and the like). */
export interface SyncStateRecord {
	key: string;
	value: unknown;
}

/** A resource fetched from the service, kept as it came for the features that read it. */
export interface PulledResource {
	resourceType: string;
	id: string;
	resource: FhirResource;
	pulledAt: string;
	lastUpdated?: string;
}

/** Counts and times over the whole outbox, for the indicator and Settings. */
export interface OutboxSummary {
	waiting: number;
	sending: number;
	quarantined: number;
	oldestUnsentAt: string | null;
	lastSentAt: string | null;
	nextAttemptAt: string | null;
}
