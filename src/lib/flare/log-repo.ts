/**
 * The only place that touches Dexie for the flare log (`flareLogs`), and where carers'
 * devices read the flares a patient shared (pulled Observations). A flare queued for the
 * service, or sent, is never changed on the device again (docs/decisions.md D-019): each
 * change checks the outbox in the same transaction.
 */
import type { AppDb } from '$lib/db/app-db';
import { getEntry } from '$lib/sync/outbox-repo';
import { pulledOfType } from '$lib/sync/pull-repo';
import { flareFromObservation } from './fhir';
import type { FlareLogEntry } from './types';

/** A flare that was queued for, or sent to, the pain service cannot be changed. */
export class FlareLockedError extends Error {
	constructor(readonly id: string) {
		super(`Flare ${id} has gone to the pain service and cannot be changed`);
		this.name = 'FlareLockedError';
	}
}

/** Whether the flare was queued for, or sent to, the service (and so cannot change). */
export async function isFlareLocked(db: AppDb, id: string): Promise<boolean> {
	return (await getEntry(db, id)) !== undefined;
}

/**
 * Saves a flare on this device (new, or changed), without sending it.
 * @throws FlareLockedError when it has already gone to the service
 */
export async function saveFlare(db: AppDb, entry: FlareLogEntry): Promise<void> {
	await db.transaction('rw', [db.flareLogs, db.outbox], async () => {
		if (await isFlareLocked(db, entry.id)) throw new FlareLockedError(entry.id);
		await db.flareLogs.put(entry);
	});
}

/** One flare by id, or null. */
export async function getFlare(db: AppDb, id: string): Promise<FlareLogEntry | null> {
	return (await db.flareLogs.get(id)) ?? null;
}

/** Every flare on this device, newest start first. */
export async function listFlares(db: AppDb): Promise<FlareLogEntry[]> {
	return db.flareLogs.orderBy('startedAt').reverse().toArray();
}

/** The newest flare still going, or null (the flare-up flow offers to end it). */
export async function readOngoingFlare(db: AppDb): Promise<FlareLogEntry | null> {
	const ongoing = await db.flareLogs
		.orderBy('startedAt')
		.reverse()
		.filter((entry) => entry.endedAt === null)
		.first();
	return ongoing ?? null;
}

/**
 * Ends a flare still going, on this device. To end it and send it, the page saves the
 * whole entry through the outbox instead (save.ts).
 * @throws FlareLockedError when it has gone to the service; RangeError for an end that is
 *   not after the start, or a flare that is not there or has already ended
 */
export async function endFlare(
	db: AppDb,
	id: string,
	endedAt: Date,
	now: Date
): Promise<FlareLogEntry> {
	return db.transaction('rw', [db.flareLogs, db.outbox], async () => {
		if (await isFlareLocked(db, id)) throw new FlareLockedError(id);
		const entry = await db.flareLogs.get(id);
		if (!entry || entry.endedAt !== null) throw new RangeError(`No flare going on with id ${id}`);
		if (endedAt.getTime() <= Date.parse(entry.startedAt)) {
			throw new RangeError('A flare ends after it starts');
		}
		const ended = { ...entry, endedAt: endedAt.toISOString(), updatedAt: now.toISOString() };
		await db.flareLogs.put(ended);
		return ended;
	});
}

/**
 * On a carer's device: the flares the patient shared, as pulled from the service, newest
 * start first. Anything else pulled (were the service ever to send it) is left out.
 */
export async function listSharedFlares(db: AppDb): Promise<FlareLogEntry[]> {
	return (await pulledOfType(db, 'Observation'))
		.map((resource) => flareFromObservation(resource))
		.filter((entry): entry is FlareLogEntry => entry !== null)
		.sort((a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt));
}
