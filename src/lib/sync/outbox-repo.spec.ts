import { afterEach, describe, expect, it } from 'vitest';
import type { AppDb } from '$lib/db/app-db';
import type { Checkin } from '$lib/checkin/types';
import {
	enqueueRecord,
	makeAllDue,
	nextDueAt,
	outboxSummary,
	quarantinedEntries,
	recordStates,
	recoverInterrupted,
	retryQuarantined,
	takeDue,
	updateEntries
} from './outbox-repo';
import { markQuarantined, markSent } from './outbox-state';
import { observationFor, openTestDb, testEnrolment } from './test-support';

const now = new Date('2026-03-29T00:30:00Z');
const checkin = (id: string, score = 4): Checkin => ({ id, score, recordedAt: now.toISOString() });

let db: AppDb;
afterEach(() => db?.close());

async function linked(): Promise<AppDb> {
	db = openTestDb();
	await db.enrolment.put(testEnrolment());
	return db;
}

describe('enqueueRecord', () => {
	it('writes the record and its outbox entry together when linked', async () => {
		await linked();
		const result = await enqueueRecord(
			db,
			'checkins',
			checkin('c1'),
			(link) => observationFor('c1', link.patientId),
			now
		);
		expect(result).toEqual({ isQueued: true });
		expect(await db.checkins.get('c1')).toEqual(checkin('c1'));
		expect(await db.outbox.get('c1')).toMatchObject({
			id: 'c1',
			table: 'checkins',
			resourceType: 'Observation',
			state: 'pending',
			createdAt: now.toISOString()
		});
	});

	it('keeps the record on the device only when self-guided', async () => {
		db = openTestDb();
		const result = await enqueueRecord(
			db,
			'checkins',
			checkin('c1'),
			() => {
				throw new Error('no resource is built when self-guided');
			},
			now
		);
		expect(result).toEqual({ isQueued: false });
		expect(await db.checkins.count()).toBe(1);
		expect(await db.outbox.count()).toBe(0);
	});

	it('still queues on a device the service unlinked, to send if it is linked again', async () => {
		db = openTestDb();
		await db.enrolment.put(testEnrolment({ revokedAt: now.toISOString() }));
		expect(
			await enqueueRecord(db, 'checkins', checkin('c1'), () => observationFor('c1'), now)
		).toEqual({
			isQueued: true
		});
	});

	it('rolls the record back when its outbox entry cannot be written', async () => {
		await linked();
		// An entry with this id already exists, so adding the new one fails.
		await db.outbox.add({ ...(await makeEntry('c1')) });
		await expect(
			enqueueRecord(db, 'checkins', checkin('c1'), () => observationFor('c1'), now)
		).rejects.toMatchObject({ name: 'ConstraintError' });
		expect(await db.checkins.get('c1')).toBeUndefined();
	});

	it('rolls the record back when the resource cannot be built', async () => {
		await linked();
		await expect(
			enqueueRecord(db, 'checkins', checkin('c1'), () => observationFor('another-id'), now)
		).rejects.toThrow(/identifier/);
		await expect(
			enqueueRecord(
				db,
				'checkins',
				checkin('c2'),
				() => {
					throw new Error('mapping failed');
				},
				now
			)
		).rejects.toThrow('mapping failed');
		expect(await db.checkins.count()).toBe(0);
		expect(await db.outbox.count()).toBe(0);
	});

	it('never queues the same record twice', async () => {
		await linked();
		await enqueueRecord(db, 'checkins', checkin('c1'), () => observationFor('c1'), now);
		await expect(
			enqueueRecord(db, 'checkins', checkin('c1', 9), () => observationFor('c1'), now)
		).rejects.toMatchObject({ name: 'ConstraintError' });
		expect(await db.checkins.get('c1')).toEqual(checkin('c1'));
		expect(await db.outbox.count()).toBe(1);
	});

	it('with replace, queues a record kept on the device until now, and still never twice', async () => {
		await linked();
		await db.checkins.add(checkin('c1', 2));
		const replace = { replace: true };
		expect(
			await enqueueRecord(
				db,
				'checkins',
				checkin('c1', 5),
				() => observationFor('c1'),
				now,
				replace
			)
		).toEqual({ isQueued: true });
		expect(await db.checkins.get('c1')).toEqual(checkin('c1', 5));
		await expect(
			enqueueRecord(db, 'checkins', checkin('c1', 9), () => observationFor('c1'), now, replace)
		).rejects.toMatchObject({ name: 'ConstraintError' });
		expect(await db.checkins.get('c1')).toEqual(checkin('c1', 5));
		expect(await db.outbox.count()).toBe(1);
	});

	async function makeEntry(id: string) {
		const { createEntry } = await import('./outbox-state');
		return createEntry({ id, table: 'checkins', resource: observationFor(id), now });
	}
});

describe('taking, recovering and summarising', () => {
	async function queue(...ids: string[]) {
		for (const [index, id] of ids.entries()) {
			const at = new Date(now.getTime() + index * 1000);
			await enqueueRecord(db, 'checkins', checkin(id), () => observationFor(id), at);
		}
	}

	it('takes due entries only, up to the limit, and marks them sending', async () => {
		await linked();
		await queue('a', 'b', 'c');
		const taken = await takeDue(db, new Date(now.getTime() + 1000), 10);
		expect(taken.map((entry) => entry.id)).toEqual(['a', 'b']);
		expect((await db.outbox.get('a'))?.state).toBe('sending');
		expect((await takeDue(db, new Date(now.getTime() + 5000), 1)).map((e) => e.id)).toEqual(['c']);
	});

	it('puts entries a closed tab left sending back to pending', async () => {
		await linked();
		await queue('a', 'b');
		await takeDue(db, now, 10);
		expect(await recoverInterrupted(db)).toBe(1);
		expect((await db.outbox.get('a'))?.state).toBe('pending');
	});

	it('summarises waiting, refused and sent entries', async () => {
		await linked();
		await queue('a', 'b', 'c', 'd');
		await updateEntries(db, [
			['a', (entry) => markSent(entry, { now: new Date('2026-03-29T01:00:00Z') })],
			['b', (entry) => markQuarantined(entry, { now, failure: { status: 422, message: 'no' } })]
		]);
		await takeDue(db, new Date(now.getTime() + 2000), 1);
		expect(await outboxSummary(db)).toEqual({
			waiting: 2,
			sending: 1,
			quarantined: 1,
			oldestUnsentAt: '2026-03-29T00:30:02.000Z',
			lastSentAt: '2026-03-29T01:00:00.000Z',
			nextAttemptAt: '2026-03-29T00:30:03.000Z'
		});
		expect((await quarantinedEntries(db)).map((entry) => entry.id)).toEqual(['b']);
		const states = await recordStates(db, ['a', 'b', 'c', 'd', 'local'], now);
		expect([...states.values()].map((state) => state.kind)).toEqual([
			'sent',
			'quarantined',
			'sending',
			'waiting',
			'local'
		]);
	});

	it('makes every waiting entry due on "Send now", and refused ones on "Try again"', async () => {
		await linked();
		await queue('a', 'b');
		await updateEntries(db, [
			['a', (entry) => ({ ...entry, nextAttemptAt: '2026-03-29T02:00:00.000Z' })],
			['b', (entry) => markQuarantined(entry, { now, failure: { status: 400, message: '' } })]
		]);
		expect(await nextDueAt(db)).toBe('2026-03-29T02:00:00.000Z');
		const later = new Date('2026-03-29T00:45:00Z');
		expect(await makeAllDue(db, later)).toBe(1);
		expect(await nextDueAt(db)).toBe(later.toISOString());
		expect(await retryQuarantined(db, later, 'b')).toBe(1);
		expect((await db.outbox.get('b'))?.state).toBe('pending');
		expect(await retryQuarantined(db, later)).toBe(0);
	});
});
