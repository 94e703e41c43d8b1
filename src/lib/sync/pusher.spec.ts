import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppDb } from '$lib/db/app-db';
import { BACKOFF_CAP_MS } from './backoff';
import { GROW_AFTER } from './bundle-size';
import { bundleSizeKey, readBundleSizing, saveBundleSizing } from './bundle-size-repo';
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

/** Queues `count` records, numbered from `from`, as saved now. */
async function addRecords(count: number, from = 0): Promise<string[]> {
	const ids = Array.from(
		{ length: count },
		(_, index) => `rec-${String(from + index).padStart(3, '0')}`
	);
	for (const id of ids) {
		await enqueueRecord(
			db,
			'checkins',
			{ id, score: 3, recordedAt: clock.toISOString() },
			() => observationFor(id),
			clock
		);
	}
	return ids;
}

async function setUp(count: number): Promise<{ service: FakeFhirService; ids: string[] }> {
	db = openTestDb();
	clock = start;
	await db.enrolment.put(testEnrolment());
	return { service: new FakeFhirService(), ids: await addRecords(count) };
}

function push(service: FakeFhirService, random = () => 0.5, fhirBase = FHIR_BASE) {
	return pushOnce({
		db,
		fetch: service.fetch,
		now: () => clock,
		random,
		fhirBase,
		token: TOKEN
	});
}

/** Sizes of the Bundles sent since request number `from`. */
const sizesSent = (service: FakeFhirService, from = 0) =>
	service.requests.slice(from).map((request) => request.ids.length);

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

describe('pushOnce against a service that takes small Bundles only', () => {
	it('splits once, remembers the size that worked, and starts there next time', async () => {
		const { service } = await setUp(30);
		service.maxEntries = 8;
		const first = await push(service);
		expect(first).toMatchObject({ outcome: 'done', sent: 30, quarantined: 0 });
		// 30 → 15 + 15 → (8 + 7) each: two refused, then accepted.
		expect(sizesSent(service)).toEqual([30, 15, 8, 7, 15, 8, 7]);
		expect(await readBundleSizing(db, FHIR_BASE)).toEqual({ size: 8, fullAccepted: 0 });

		await addRecords(30, 100);
		const before = service.requests.length;
		const second = await push(service);
		expect(second).toMatchObject({ outcome: 'done', sent: 30, requests: 4 });
		expect(sizesSent(service, before)).toEqual([8, 8, 8, 6]);
		expect(service.stored.size).toBe(60);
	});

	it('uses what it learned within the same run for the next batch', async () => {
		const { service } = await setUp(120);
		service.maxEntries = 10;
		const result = await push(service);
		expect(result).toMatchObject({ outcome: 'done', sent: 120 });
		const afterFirstBatch = sizesSent(service).slice(-10);
		// 50 → 25 → 13 + 12 → 7 + 6 …; then straight to 7s: 70 left in ten Bundles of 7.
		expect(afterFirstBatch).toEqual(Array.from({ length: 10 }, () => 7));
	});

	it('remembers the size per service, by its FHIR base', async () => {
		const { service } = await setUp(12);
		service.maxEntries = 4;
		await push(service);
		expect(await readBundleSizing(db, `${FHIR_BASE}/`)).toEqual({ size: 3, fullAccepted: 0 });
		expect(await readBundleSizing(db, 'https://other.example/fhir')).toBeUndefined();

		await addRecords(12, 100);
		const before = service.requests.length;
		await push(service, () => 0.5, 'https://other.example/fhir');
		expect(sizesSent(service, before)[0]).toBe(12);
	});

	it('learns nothing about size from a Bundle refused for one record', async () => {
		const { service, ids } = await setUp(8);
		service.pointAtEntries = false;
		service.refuse.add(ids[5]!);
		expect(await push(service)).toMatchObject({ sent: 7, quarantined: 1 });
		expect(await readBundleSizing(db, FHIR_BASE)).toBeUndefined();
		expect(await db.syncState.get(bundleSizeKey(FHIR_BASE))).toBeUndefined();
	});

	it('still quarantines, never deletes, a record refused on its own while splitting for size', async () => {
		const { service, ids } = await setUp(30);
		service.maxEntries = 8;
		service.pointAtEntries = false;
		service.refuse.add(ids[20]!);
		expect(await push(service)).toMatchObject({ outcome: 'done', sent: 29, quarantined: 1 });
		expect(await db.outbox.get(ids[20]!)).toMatchObject({
			state: 'quarantined',
			lastError: { status: 400, message: 'Pain score must be a whole number from 0 to 10' }
		});
		expect(await db.outbox.count()).toBe(30);
		expect((await readBundleSizing(db, FHIR_BASE))?.size).toBeLessThanOrEqual(8);
	});

	it('tries a larger Bundle after enough full ones, and falls back at the cost of one request', async () => {
		const { service } = await setUp(16);
		service.maxEntries = 8;
		await saveBundleSizing(db, FHIR_BASE, { size: 8, fullAccepted: GROW_AFTER });
		expect(await push(service)).toMatchObject({ sent: 16, requests: 3 });
		expect(sizesSent(service)).toEqual([16, 8, 8]);
		expect(await readBundleSizing(db, FHIR_BASE)).toEqual({ size: 8, fullAccepted: 0 });
	});

	it('grows when the larger Bundle is accepted, back to 50 at most', async () => {
		const { service } = await setUp(40);
		await saveBundleSizing(db, FHIR_BASE, { size: 20, fullAccepted: GROW_AFTER });
		expect(await push(service)).toMatchObject({ sent: 40, requests: 1 });
		expect(await readBundleSizing(db, FHIR_BASE)).toEqual({ size: 40, fullAccepted: 0 });
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
				fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }),
				async (count, badIndexes, pointAtEntries, faults, maxEntries) => {
					const { service, ids } = await setUp(count);
					const bad = new Set(
						badIndexes.filter((index) => index < count).map((index) => ids[index]!)
					);
					for (const id of bad) service.refuse.add(id);
					service.pointAtEntries = pointAtEntries;
					service.maxEntries = maxEntries ?? Infinity;
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
					// A size is remembered only when the service refused for size, and is one it took.
					const sizing = await readBundleSizing(db, FHIR_BASE);
					if (maxEntries === undefined) expect(sizing).toBeUndefined();
					else if (sizing) expect(sizing.size).toBeLessThanOrEqual(maxEntries);
					db.close();
				}
			),
			{ numRuns: 100 }
		);
	}, 60_000);
});
