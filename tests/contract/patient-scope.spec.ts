/**
 * Hazard H-007 (wrong patient), end to end: the app's real pusher and puller against Tend's
 * real FHIR endpoints. Records made for one patient never reach another patient's record,
 * and a device never receives another patient's resources.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checkinToObservation } from '$lib/checkin/fhir';
import { insertResource } from '$lib/server/fhir/resource-repo';
import { enqueueRecord } from '$lib/sync/outbox-repo';
import { pull } from '$lib/sync/puller';
import { pushOnce } from '$lib/sync/pusher';
import { identifierValue } from '$lib/sync/bundle';
import { AppWorld, checkin, FHIR_BASE, recordId, ServiceWorld } from './sync-world';

const now = new Date('2026-03-02T08:00:00Z');
let service: ServiceWorld;
let app: AppWorld;

afterEach(() => {
	app?.close();
	service?.close();
});

function setUp() {
	service = new ServiceWorld(() => now);
	app = new AppWorld();
}

async function save(id: string, score: number) {
	const record = checkin(id, score, now);
	await enqueueRecord(
		app.db,
		'checkins',
		record,
		(owner) => checkinToObservation(record, owner),
		now
	);
}

async function pushWith(token: string) {
	return pushOnce({
		db: app.db,
		fetch: ((input: RequestInfo | URL, init?: RequestInit) =>
			service.serveFhir(new Request(input, init))) as typeof fetch,
		now: () => now,
		random: () => 0.5,
		fhirBase: FHIR_BASE,
		token
	});
}

const patientOf = (id: string) => service.storedCopies().get(identifierValue(id)) ?? [];

describe('records reach only their own patient', () => {
	it('quarantines what was waiting for one patient when the app is linked to another, and stores none of it', async () => {
		setUp();
		const first = service.enrol('patient');
		await app.link(service.patient, first, 'patient', now);
		await save(recordId(1), 7);
		await save(recordId(2), 3);

		// The phone is handed on and linked to someone else before it could send.
		const second = service.enrol('patient', service.other);
		await app.link(service.other, second, 'patient', now);
		await save(recordId(3), 5);
		const result = await pushWith(second.token);

		expect(result).toMatchObject({ outcome: 'done', sent: 1, quarantined: 2 });
		for (const id of [recordId(1), recordId(2)]) {
			expect(await app.db.outbox.get(id)).toMatchObject({
				state: 'quarantined',
				lastError: { status: 403 }
			});
			expect(patientOf(id)).toEqual([]);
		}
		expect(patientOf(recordId(3))).toEqual([service.other.id]);
	});

	it('refuses a record whose identifier another patient already holds, without showing theirs', async () => {
		setUp();
		const device = service.enrol('patient');
		await app.link(service.patient, device, 'patient', now);
		service.storeForOther(recordId(1));
		await save(recordId(1), 9);
		const result = await pushWith(device.token);

		expect(result).toMatchObject({ sent: 0, quarantined: 1 });
		const entry = await app.db.outbox.get(recordId(1));
		expect(entry).toMatchObject({ state: 'quarantined', lastError: { status: 409 } });
		expect(entry?.serverId).toBeUndefined();
		expect(patientOf(recordId(1))).toEqual([service.other.id]);
	});
});

describe('a device reads only its own patient', () => {
	it("pulls its patient's care plan and shared questionnaires, never another patient's", async () => {
		setUp();
		const { db } = service.store;
		const put = (resourceType: string, patientId: string | null, title: string) =>
			insertResource(db, {
				resource: { resourceType, status: 'active', title },
				patientId,
				now: new Date(now.getTime() - 60_000)
			});
		const ours = put('CarePlan', service.patient.id, 'ours');
		put('CarePlan', service.other.id, 'theirs');
		put('Task', service.other.id, 'theirs');
		const shared = put('Questionnaire', null, 'shared');

		const device = service.enrol('patient');
		await app.link(service.patient, device, 'patient', now);
		const result = await pull({
			db: app.db,
			fetch: ((input: RequestInfo | URL, init?: RequestInit) =>
				service.serveFhir(new Request(input, init))) as typeof fetch,
			now: () => now,
			fhirBase: FHIR_BASE,
			token: device.token
		});

		expect(result.outcome).toBe('done');
		const pulled = await app.db.pulled.toArray();
		expect(pulled.map((row) => row.id).sort()).toEqual([ours.id, shared.id].sort());
		expect(JSON.stringify(pulled)).not.toContain(service.other.id);
	});

	it("answers 404 for another patient's resource and finds nothing by its identifier", async () => {
		setUp();
		service.storeForOther(recordId(1));
		const theirs = service.store.db
			.prepare<[], { id: string }>('SELECT id FROM fhir_resource')
			.get()!;
		const device = service.enrol('patient');
		const get = (path: string) =>
			service.serveFhir(
				new Request(`${FHIR_BASE}/${path}`, {
					headers: { authorization: `Bearer ${device.token}` }
				})
			);

		expect((await get(`Observation/${theirs.id}`)).status).toBe(404);
		const search = await get(
			`Observation?identifier=${encodeURIComponent(`urn:ietf:rfc:3986|${identifierValue(recordId(1))}`)}`
		);
		expect(search.status).toBe(200);
		expect(await search.json()).toMatchObject({ type: 'searchset', total: 0 });
	});
});
