import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppDb } from '$lib/db/app-db';
import { storePulled } from '$lib/sync/pull-repo';
import { enqueueRecord } from '$lib/sync/outbox-repo';
import { observationFor, openTestDb, PATIENT_ID, testEnrolment } from '$lib/sync/test-support';
import { flareToObservation } from './fhir';
import {
	endFlare,
	FlareLockedError,
	getFlare,
	isFlareLocked,
	listFlares,
	listSharedFlares,
	readOngoingFlare,
	saveFlare
} from './log-repo';
import type { FlareLogEntry } from './types';

const now = new Date('2026-04-10T12:00:00Z');
const flare = (id: string, startedAt: string, endedAt: string | null): FlareLogEntry => ({
	id,
	startedAt,
	endedAt,
	severity: 6,
	triggers: ['Stress'],
	whatIDid: '',
	whatHelped: '',
	send: true,
	createdAt: startedAt,
	updatedAt: startedAt
});
const march = flare('march', '2026-03-02T09:00:00.000Z', '2026-03-04T09:00:00.000Z');
const april = flare('april', '2026-04-01T09:00:00.000Z', null);
const early = flare('early', '2026-01-10T09:00:00.000Z', null);

let db: AppDb;
beforeEach(() => {
	db = openTestDb();
});
afterEach(() => db.close());

/** Queues a flare for the service the way save.ts does: through the outbox, replacing. */
async function queue(entry: FlareLogEntry) {
	await db.enrolment.put(testEnrolment());
	return enqueueRecord(
		db,
		'flareLogs',
		entry,
		(link) => flareToObservation(entry, link, { sharedWithCarer: false }),
		now,
		{ replace: true }
	);
}

describe('the flare log on this device', () => {
	it('saves flares and lists them newest start first', async () => {
		for (const entry of [march, early, april]) await saveFlare(db, entry);
		expect((await listFlares(db)).map((entry) => entry.id)).toEqual(['april', 'march', 'early']);
		expect(await getFlare(db, 'march')).toEqual(march);
		expect(await getFlare(db, 'nope')).toBeNull();
	});

	it('changes a flare kept on the device', async () => {
		await saveFlare(db, april);
		await saveFlare(db, { ...april, severity: 9 });
		expect((await getFlare(db, 'april'))?.severity).toBe(9);
		expect(await db.flareLogs.count()).toBe(1);
	});

	it('finds the newest flare still going', async () => {
		expect(await readOngoingFlare(db)).toBeNull();
		await saveFlare(db, march);
		expect(await readOngoingFlare(db)).toBeNull();
		await saveFlare(db, early);
		await saveFlare(db, april);
		expect((await readOngoingFlare(db))?.id).toBe('april');
	});

	it('ends a flare still going', async () => {
		await saveFlare(db, april);
		const ended = await endFlare(db, 'april', new Date('2026-04-03T10:00:00Z'), now);
		expect(ended).toMatchObject({
			endedAt: '2026-04-03T10:00:00.000Z',
			updatedAt: now.toISOString()
		});
		expect(await getFlare(db, 'april')).toEqual(ended);
		expect(await readOngoingFlare(db)).toBeNull();
	});

	it.each([
		['an end before the start', 'april', '2026-04-01T08:59:00Z'],
		['an end at the start', 'april', '2026-04-01T09:00:00Z'],
		['a flare that has ended', 'march', '2026-04-03T10:00:00Z'],
		['a flare that is not there', 'nope', '2026-04-03T10:00:00Z']
	])('refuses to end with %s, changing nothing', async (_, id, end) => {
		await saveFlare(db, april);
		await saveFlare(db, march);
		await expect(endFlare(db, id, new Date(end), now)).rejects.toThrow(RangeError);
		expect(await listFlares(db)).toEqual([april, march]);
	});
});

describe('a flare that has gone to the service (D-019)', () => {
	it('is queued once, replacing the copy kept while it went on', async () => {
		await saveFlare(db, april);
		const ended = { ...april, endedAt: '2026-04-03T10:00:00.000Z' };
		expect(await queue(ended)).toEqual({ isQueued: true });
		expect(await getFlare(db, 'april')).toEqual(ended);
		expect(await db.outbox.get('april')).toMatchObject({ table: 'flareLogs', state: 'pending' });
		expect(await isFlareLocked(db, 'april')).toBe(true);
	});

	it('cannot be changed, ended or queued again', async () => {
		await queue(march);
		await expect(saveFlare(db, { ...march, severity: 2 })).rejects.toThrow(FlareLockedError);
		await expect(queue({ ...march, severity: 2 })).rejects.toThrow();
		expect(await getFlare(db, 'march')).toEqual(march);
		expect(await db.outbox.count()).toBe(1);
	});

	it('cannot be ended on the device once queued', async () => {
		// A flare still going is never queued by the app; the repo holds the line regardless.
		await db.enrolment.put(testEnrolment());
		await enqueueRecord(db, 'flareLogs', april, () => observationFor('april'), now);
		await expect(endFlare(db, 'april', now, now)).rejects.toThrow(FlareLockedError);
	});
});

describe('flares a patient shared, on their carer’s device', () => {
	it('lists only shared flares from what was pulled, newest first', async () => {
		const link = { patientId: PATIENT_ID, role: 'patient' as const };
		const pulled = [
			{ entry: march, shared: true, id: 's1' },
			{
				entry: { ...march, id: 'later', startedAt: '2026-03-20T09:00:00.000Z' },
				shared: true,
				id: 's2'
			},
			{ entry: { ...march, id: 'private' }, shared: false, id: 's3' }
		].map(({ entry, shared, id }) => ({
			...flareToObservation(entry, link, { sharedWithCarer: shared }),
			id
		}));
		const checkin = {
			resourceType: 'Observation',
			id: 's4',
			code: { coding: [{ code: '72514-3' }] }
		};
		await storePulled(db, 'Observation', [...pulled, checkin], undefined, now);
		expect((await listSharedFlares(db)).map((entry) => entry.id)).toEqual(['later', 'march']);
	});
});
