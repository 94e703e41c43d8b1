import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { flareToObservation } from '$lib/flare/fhir';
import type { FlareLogEntry } from '$lib/flare/types';
import { buildTransaction } from '$lib/sync/bundle';
import { createEntry } from '$lib/sync/outbox-state';
import { listAuditEvents } from '../audit/audit';
import type { DeviceAuth } from '../auth/device-auth';
import {
	addTestPatient,
	enrolTestDevice,
	openTempStore,
	TEST_NHS_NUMBERS
} from '../patients/testing';
import type { Db } from '../store/open-store';
import { handleRead, handleSearch, type FhirContext } from './read-search';
import { insertResource } from './resource-repo';
import { fhirErrors, loadFixture } from './testing';
import { handleTransaction } from './transaction';

// Hazard H-011: a carer sees more of the patient's record than the patient shared.
const BASE = 'https://tend.example.nhs.uk/fhir';
const t0 = new Date('2026-04-10T12:00:00Z');

let db: Db;
let cleanup: () => void;
let patient: DeviceAuth;
let carer: DeviceAuth;
let otherCarer: DeviceAuth;
const ctx = (auth: DeviceAuth): FhirContext => ({ auth, now: t0, fhirBase: BASE });

const flare = (id: string): FlareLogEntry => ({
	id,
	startedAt: '2026-04-08T07:30:00.000Z',
	endedAt: '2026-04-09T19:05:00.000Z',
	severity: 8,
	triggers: ['Cold weather'],
	whatIDid: 'Rested',
	whatHelped: 'Heat pad',
	send: true,
	createdAt: t0.toISOString(),
	updatedAt: t0.toISOString()
});
const ids = {
	shared: '11111111-1111-4111-8111-111111111111',
	unshared: '22222222-2222-4222-8222-222222222222',
	byCarer: '33333333-3333-4333-8333-333333333333'
};

/** Sends one flare from a device, built exactly as the app builds it; returns its server id. */
function sendFlare(auth: DeviceAuth, id: string, sharedWithCarer: boolean): string {
	const link = { patientId: auth.patient.id, role: auth.device.role };
	const resource = flareToObservation(flare(id), link, { sharedWithCarer });
	const bundle = buildTransaction([createEntry({ id, table: 'flareLogs', resource, now: t0 })]);
	const reply = handleTransaction(db, bundle, auth, t0, BASE);
	expect(reply.status).toBe(200);
	return (reply.body as { entry: { resource: { id: string } }[] }).entry[0]!.resource.id;
}

function sendFixture(auth: DeviceAuth, name: string): string[] {
	const reply = handleTransaction(db, loadFixture(name, auth.patient.id), auth, t0, BASE);
	return (reply.body as { entry: { resource: { id: string } }[] }).entry.map((e) => e.resource.id);
}

const searchIds = (auth: DeviceAuth, type: string, query = '') => {
	const reply = handleSearch(db, type, new URLSearchParams(query), ctx(auth));
	const set = reply.body as { total: number; entry?: { resource: { id: string } }[] };
	return { total: set.total, ids: (set.entry ?? []).map((entry) => entry.resource.id), set };
};

let server: { shared: string; unshared: string; byCarer: string; checkins: string[] };

beforeEach(() => {
	({ db, cleanup } = openTempStore());
	const sam = addTestPatient(db);
	patient = enrolTestDevice(db, sam).auth;
	carer = enrolTestDevice(db, sam, { role: 'carer' }).auth;
	const kim = addTestPatient(db, { nhsNumber: TEST_NHS_NUMBERS[1] });
	otherCarer = enrolTestDevice(db, kim, { role: 'carer' }).auth;
	server = {
		checkins: sendFixture(patient, 'pain-scores-transaction'),
		shared: sendFlare(patient, ids.shared, true),
		unshared: sendFlare(patient, ids.unshared, false),
		// A carer's device sending a flare marked shared: it must not pass as the patient's.
		byCarer: sendFlare(carer, ids.byCarer, true)
	};
});
afterEach(() => cleanup());

describe('a carer’s device reading Observations', () => {
	it('finds only the flares the patient shared', () => {
		const found = searchIds(carer, 'Observation');
		expect(found.ids).toEqual([server.shared]);
		expect(found.total).toBe(1);
		expect(fhirErrors(found.set)).toEqual([]);
	});

	it('cannot find a check-in or an unshared flare by its identifier either', () => {
		const byIdentifier = (id: string) =>
			searchIds(carer, 'Observation', `identifier=urn:ietf:rfc:3986|urn:uuid:${id}`).total;
		expect(byIdentifier(ids.shared)).toBe(1);
		expect(byIdentifier(ids.unshared)).toBe(0);
		expect(byIdentifier('6f1c2a8e-3b4d-4e5f-9a6b-7c8d9e0f1a2b')).toBe(0); // a check-in
	});

	it('reads a shared flare, and gets 404 for anything else, as for a missing id', () => {
		expect(handleRead(db, 'Observation', server.shared, ctx(carer)).status).toBe(200);
		const missing = handleRead(db, 'Observation', 'no-such-id', ctx(carer));
		for (const id of [server.unshared, server.byCarer, ...server.checkins]) {
			expect(handleRead(db, 'Observation', id, ctx(carer))).toEqual(missing);
		}
	});

	it('audits only what it was shown', () => {
		searchIds(carer, 'Observation');
		handleRead(db, 'Observation', server.unshared, ctx(carer));
		const events = listAuditEvents(db, { action: 'fhir.search' });
		expect(events.at(-1)).toMatchObject({
			actorId: carer.device.id,
			detail: { count: 1, ids: [server.shared] }
		});
		expect(listAuditEvents(db, { action: 'fhir.read' })).toEqual([]);
	});

	it('sees nothing of another patient’s shared flares', () => {
		expect(searchIds(otherCarer, 'Observation').ids).toEqual([]);
		expect(handleRead(db, 'Observation', server.shared, ctx(otherCarer)).status).toBe(404);
	});
});

describe('what else a carer’s device reads', () => {
	it('sees only questionnaire answers sent from its own device', () => {
		const [fromPatient] = sendFixture(patient, 'peg-3-response-transaction');
		// The same answers from the carer's device, as new records of their own.
		const carerCopy = JSON.parse(
			JSON.stringify(loadFixture('peg-3-response-transaction', patient.patient.id))
				.replaceAll('3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a98', '3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a99')
				.replaceAll('5e4d3c2b-1a09-4f8e-8d7c-6b5a49382716', '5e4d3c2b-1a09-4f8e-8d7c-6b5a49382717')
		);
		const reply = handleTransaction(db, carerCopy, carer, t0, BASE);
		const [fromCarer] = (reply.body as { entry: { resource: { id: string } }[] }).entry.map(
			(entry) => entry.resource.id
		);
		expect(searchIds(carer, 'QuestionnaireResponse').ids).toEqual([fromCarer]);
		expect(handleRead(db, 'QuestionnaireResponse', fromPatient!, ctx(carer)).status).toBe(404);
		expect(handleRead(db, 'QuestionnaireResponse', fromCarer!, ctx(carer)).status).toBe(200);
		expect(searchIds(patient, 'QuestionnaireResponse').total).toBe(2);
	});

	it('still reads the patient’s care plan', () => {
		const plan = insertResource(db, {
			resource: {
				resourceType: 'CarePlan',
				status: 'active',
				intent: 'plan',
				subject: { reference: `Patient/${patient.patient.id}` }
			},
			patientId: patient.patient.id,
			now: t0
		});
		expect(searchIds(carer, 'CarePlan').ids).toEqual([plan.id]);
		expect(handleRead(db, 'CarePlan', plan.id, ctx(carer)).status).toBe(200);
	});
});

describe('the patient’s own device', () => {
	it('still sees every Observation of theirs', () => {
		expect(searchIds(patient, 'Observation').total).toBe(server.checkins.length + 3);
		expect(handleRead(db, 'Observation', server.unshared, ctx(patient)).status).toBe(200);
	});
});
