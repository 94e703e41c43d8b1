import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppDb } from '$lib/db/app-db';
import { BACKOFF_CAP_MS } from './backoff';
import { enqueueRecord, takeDue } from './outbox-repo';
import { pushOnce } from './pusher';
import {
	FakeFhirService,
	FHIR_BASE,
	observationFor,
	openTestDb,
	testEnrolment,
	TOKEN,
	type Fault
} from './test-support';

const start = new Date('2026-03-29T00:30:00Z');

let db: AppDb;
let clock: Date;
afterEach(() => db?.close());

async function setUp(count: number): Promise<{ service: FakeFhirService; ids: string[] }> {
	db = openTestDb();
	clock = start;
	await db.enrolment.put(testEnrolment());
	const ids = Array.from({ length: count }, (_, index) => `rec-${String(index).padStart(3, '0')}`);
	for (const id of ids) {
		await enqueueRecord(
			db,
			'checkins',
			{ id, score: 3, recordedAt: start.toISOString() },
			() => observationFor(id),
			start
		);
	}
	return { service: new FakeFhirService(), ids };
}

function push(service: FakeFhirService, random = () => 0.5) {
	return pushOnce({
		db,
		fetch: service.fetch,
		now: () => clock,
		random,
		fhirBase: FHIR_BASE,
		token: TOKEN
	});
}

const states = async () =>
	Object.fromEntries((await db.outbox.toArray()).map((entry) => [entry.id, entry.state]));

describe('pushOnce', () => {
	it('sends everything due in one Bundle and marks each entry sent with its server id', async () => {
		const { service, ids } = await setUp(3);
		const result = await push(service);
		expect(result).toEqual({ outcome: 'done', sent: 3, quarantined: 0, requests: 1 });
		expect(service.requests[0]).toMatchObject({
			method: 'POST',
			url: FHIR_BASE,
			headers: {
				authorization: `Bearer ${TOKEN}`,
				'content-type': 'application/fhir+json'
			},
			ids
		});
		expect(await db.outbox.get(ids[0]!)).toMatchObject({
			state: 'sent',
			sentAt: start.toISOString(),
			serverId: 'srv-1'
		});
		expect(service.stored.size).toBe(3);
	});

	it('sends 120 entries as Bundles of 50, 50 and 20', async () => {
		const { service } = await setUp(120);
		const result = await push(service);
		expect(result.sent).toBe(120);
		expect(service.requests.map((request) => request.ids.length)).toEqual([50, 50, 20]);
	});

	it('retries after a 5xx with backoff, then sends', async () => {
		const { service, ids } = await setUp(2);
		service.faults = [{ status: 503 }];
		expect(await push(service)).toMatchObject({ outcome: 'retry-later', sent: 0 });
		const waiting = await db.outbox.get(ids[0]!);
		expect(waiting).toMatchObject({ state: 'pending', attempts: 1, lastError: { status: 503 } });
		// Full jitter with random 0.5 on the first attempt: half of 5 s.
		expect(waiting?.nextAttemptAt).toBe('2026-03-29T00:30:02.500Z');

		expect((await push(service)).requests).toBe(0); // not due yet
		clock = new Date('2026-03-29T00:30:03Z');
		expect(await push(service)).toMatchObject({ outcome: 'done', sent: 2 });
		expect(Object.values(await states())).toEqual(['sent', 'sent']);
	});

	it('waits as long as a 429 Retry-After says', async () => {
		const { service, ids } = await setUp(1);
		service.faults = [{ status: 429, headers: { 'Retry-After': '120' } }];
		expect((await push(service)).outcome).toBe('retry-later');
		expect((await db.outbox.get(ids[0]!))?.nextAttemptAt).toBe('2026-03-29T00:32:00.000Z');
	});

	it('honours a Retry-After given as an HTTP date', async () => {
		const { service, ids } = await setUp(1);
		service.faults = [{ status: 503, headers: { 'Retry-After': 'Sun, 29 Mar 2026 00:40:00 GMT' } }];
		await push(service);
		expect((await db.outbox.get(ids[0]!))?.nextAttemptAt).toBe('2026-03-29T00:40:00.000Z');
	});

	it('quarantines only the entry a 400 points at, and sends the others', async () => {
		const { service, ids } = await setUp(5);
		service.refuse.add(ids[2]!);
		const result = await push(service);
		expect(result).toMatchObject({ outcome: 'done', sent: 4, quarantined: 1, requests: 2 });
		expect(await db.outbox.get(ids[2]!)).toMatchObject({
			state: 'quarantined',
			lastError: { status: 400, message: 'Pain score must be a whole number from 0 to 10' }
		});
		expect(service.stored.has(ids[2]!)).toBe(false);
		expect(service.stored.size).toBe(4);
	});

	it('finds the refused entry by halving when the 400 does not say which', async () => {
		const { service, ids } = await setUp(8);
		service.pointAtEntries = false;
		service.refuse.add(ids[5]!);
		const result = await push(service);
		expect(result).toMatchObject({ outcome: 'done', sent: 7, quarantined: 1 });
		expect((await states())[ids[5]!]).toBe('quarantined');
		// 8 → 4 + 4 → (2 + 2) → (1 + 1): a handful of requests, not one per entry.
		expect(result.requests).toBeLessThanOrEqual(7);
	});

	it('stops on 401, keeps everything and flags the device as unlinked by the service', async () => {
		const { service, ids } = await setUp(3);
		service.token = 'another-token';
		expect(await push(service)).toMatchObject({ outcome: 'revoked', sent: 0 });
		expect(Object.values(await states())).toEqual(['pending', 'pending', 'pending']);
		expect((await db.outbox.get(ids[0]!))?.attempts).toBe(0);
		expect((await db.enrolment.get('current'))?.revokedAt).toBe(start.toISOString());
	});

	it('keeps entries waiting after a network error and reports offline', async () => {
		const { service, ids } = await setUp(2);
		service.faults = ['network-before'];
		expect(await push(service)).toMatchObject({ outcome: 'offline', sent: 0 });
		expect(await db.outbox.get(ids[1]!)).toMatchObject({
			state: 'pending',
			attempts: 1,
			lastError: { status: null, message: 'Failed to fetch' }
		});
	});

	it('stores nothing twice when the answer is lost after the service stored the Bundle', async () => {
		const { service } = await setUp(3);
		service.faults = ['network-after'];
		expect((await push(service)).outcome).toBe('offline');
		expect(service.stored.size).toBe(3);
		clock = new Date(start.getTime() + BACKOFF_CAP_MS);
		expect(await push(service)).toMatchObject({ outcome: 'done', sent: 3 });
		expect(service.stored.size).toBe(3);
	});

	it('resends entries a closed tab left sending, and the service recognises the replay', async () => {
		const { service, ids } = await setUp(2);
		// A run took the entries, the service stored them, then the tab closed.
		await takeDue(db, start, 50);
		service.faults = ['network-after'];
		await service
			.fetch(FHIR_BASE, {
				method: 'POST',
				headers: { Authorization: `Bearer ${TOKEN}` },
				body: JSON.stringify({ entry: ids.map((id) => ({ resource: observationFor(id) })) })
			})
			.catch(() => undefined);
		expect(Object.values(await states())).toEqual(['sending', 'sending']);

		expect(await push(service)).toMatchObject({ outcome: 'done', sent: 2 });
		expect(Object.values(await states())).toEqual(['sent', 'sent']);
		expect(service.stored.size).toBe(2);
	});

	it('retries a 2xx it cannot read (a captive portal page)', async () => {
		const { service } = await setUp(1);
		service.faults = [{ status: 200, body: '<html>Sign in to the Wi-Fi</html>' }];
		expect((await push(service)).outcome).toBe('retry-later');
		expect(Object.values(await states())).toEqual(['pending']);
	});
});

describe('pushOnce under random faults (property)', () => {
	const fault = fc.oneof(
		fc.constant<Fault>('ok'),
		fc.constant<Fault>('network-before'),
		fc.constant<Fault>('network-after'),
		fc.constantFrom<Fault>(
			{ status: 500 },
			{ status: 503, headers: { 'Retry-After': '30' } },
			{ status: 429, headers: { 'Retry-After': '5' } },
			{ status: 408 },
			{ status: 502, body: '<html>Bad gateway</html>' },
			{ status: 400, body: '<html>Proxy says no</html>' },
			{ status: 200, body: 'captive portal' }
		)
	);

	it('never loses or doubles a record, and quarantines only those the service refused', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.integer({ min: 1, max: 70 }),
				fc.uniqueArray(fc.nat(69), { maxLength: 3 }),
				fc.boolean(),
				fc.array(fault, { maxLength: 12 }),
				async (count, badIndexes, pointAtEntries, faults) => {
					const { service, ids } = await setUp(count);
					const bad = new Set(
						badIndexes.filter((index) => index < count).map((index) => ids[index]!)
					);
					for (const id of bad) service.refuse.add(id);
					service.pointAtEntries = pointAtEntries;
					service.faults = [...faults];
					for (let run = 0; run < 40; run++) {
						await push(service, () => 0.7);
						clock = new Date(clock.getTime() + BACKOFF_CAP_MS);
						if (
							service.faults.length === 0 &&
							(await db.outbox
								.where('[state+createdAt]')
								.between(['pending', ''], ['pending', '\uffff'])
								.count()) === 0
						)
							break;
					}
					const entries = await db.outbox.toArray();
					expect(entries.map((entry) => entry.id).sort()).toEqual(ids);
					for (const entry of entries) {
						expect(entry.state).toBe(bad.has(entry.id) ? 'quarantined' : 'sent');
					}
					expect(service.stored.size).toBe(count - bad.size);
					expect(await db.checkins.count()).toBe(count);
					db.close();
				}
			),
			{ numRuns: 100 }
		);
	}, 60_000);
});
