import type { Migration } from './types';

/**
 * Version 2: the link to the pain service and the outbox (DESIGN §3–4).
 * - enrolment: one row, key 'current': service URL, token, patient, role.
 * - outbox: one entry per record to send, keyed by the record's client UUID; indexed to
 *   find due entries, the oldest unsent and the last sent.
 * - checkins: pain scores, newest first by recordedAt.
 * - syncState: small facts of the sync engine (lastPulledAt per resource type).
 * - pulled: resources fetched from the service, as they came, by type and id.
 */
export const v2Sync: Migration = {
	version: 2,
	stores: {
		enrolment: '&key',
		outbox: '&id, [state+nextAttemptAt], [state+createdAt], [state+sentAt]',
		checkins: '&id, recordedAt',
		syncState: '&key',
		pulled: '&[resourceType+id], resourceType'
	}
};
