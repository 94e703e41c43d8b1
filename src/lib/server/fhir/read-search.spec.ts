import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
import { insertResource, updateResource } from './resource-repo';
import { fhirErrors, loadFixture } from './testing';
import { handleTransaction } from './transaction';

const BASE = 'https://tend.example.nhs.uk/fhir';
const t0 = new Date('2025-03-05T15:00:00Z');
const at = (iso: string) => new Date(iso);

let db: Db;
let cleanup: () => void;
let sam: DeviceAuth;
let kim: DeviceAuth;
const ctx = (auth: DeviceAuth, now = t0): FhirContext => ({ auth, now, fhirBase: BASE });

beforeEach(() => {
	({ db, cleanup } = openTempStore());
	sam = enrolTestDevice(db, addTestPatient(db)).auth;
	kim = enrolTestDevice(db, addTestPatient(db, { nhsNumber: TEST_NHS_NUMBERS[1] })).auth;
});
afterEach(() => cleanup());

function send(auth: DeviceAuth, name: string, now: Date) {
	const reply = handleTransaction(db, loadFixture(name, auth.patient.id), auth, now, BASE);
	return (reply.body as { entry: { resource: { id: string; resourceType: string } }[] }).entry.map(
		(e) => e.resource
	);
}

function carePlan(patientId: string, now: Date) {
	return insertResource(db, {
		resource: {
			resourceType: 'CarePlan',
			status: 'active',
			intent: 'plan',
			subject: { reference: `Patient/${patientId}` },
			title: 'My pain plan'
		},
		patientId,
		now
	});
}

describe('handleRead', () => {
	it('returns the patient’s resource with ETag and Last-Modified, and audits it', () => {
		const [observation] = send(sam, 'pain-scores-transaction', t0);
		const reply = handleRead(db, 'Observation', observation!.id, ctx(sam));
		expect(reply.status).toBe(200);
		expect(reply.body).toEqual(observation);
		expect(reply.headers).toEqual({
			etag: 'W/"1"',
			'last-modified': 'Wed, 05 Mar 2025 15:00:00 GMT'
		});
		expect(listAuditEvents(db, { action: 'fhir.read' })).toMatchObject([
			{
				actorType: 'device',
				actorId: sam.device.id,
				resourceType: 'Observation',
				resourceId: observation!.id
			}
		]);
	});

	it('answers 404 for another patient’s resource, exactly as for a missing one', () => {
		const [observation] = send(kim, 'pain-scores-transaction', t0);
		const theirs = handleRead(db, 'Observation', observation!.id, ctx(sam));
		const missing = handleRead(db, 'Observation', 'no-such-id', ctx(sam));
		expect(theirs.status).toBe(404);
		expect(theirs).toEqual(missing);
		expect(JSON.stringify(theirs)).not.toContain(kim.patient.id);
		expect(listAuditEvents(db, { action: 'fhir.read' })).toEqual([]);
	});

	it('answers 404 for the right id under the wrong type, and for types Tend does not serve', () => {
		const [observation] = send(sam, 'pain-scores-transaction', t0);
		expect(handleRead(db, 'ServiceRequest', observation!.id, ctx(sam)).status).toBe(404);
		expect(handleRead(db, 'Patient', sam.patient.id, ctx(sam)).status).toBe(404);
	});

	it('reads the current version of a care plan staff changed', () => {
		const plan = carePlan(sam.patient.id, t0);
		updateResource(db, {
			type: 'CarePlan',
			id: plan.id,
			resource: { ...plan.resource, title: 'Changed' },
			now: at('2025-03-06T09:00:00Z')
		});
		const reply = handleRead(db, 'CarePlan', plan.id, ctx(sam));
		expect(reply.body).toMatchObject({
			title: 'Changed',
			meta: { versionId: '2', lastUpdated: '2025-03-06T09:00:00.000Z' }
		});
		expect(reply.headers?.etag).toBe('W/"2"');
		expect(fhirErrors(reply.body)).toEqual([]);
	});

	it('reads a Questionnaire shared by every patient', () => {
		const shared = insertResource(db, {
			resource: { resourceType: 'Questionnaire', status: 'active', name: 'PEG3' },
			patientId: null,
			now: t0
		});
		expect(handleRead(db, 'Questionnaire', shared.id, ctx(kim)).status).toBe(200);
	});
});

describe('handleSearch', () => {
	type Searchset = {
		type: string;
		total: number;
		link: { relation: string; url: string }[];
		entry: { fullUrl: string; resource: { id: string }; search: { mode: string } }[];
	};
	const search = (auth: DeviceAuth, type: string, query: string) => {
		const reply = handleSearch(db, type, new URLSearchParams(query), ctx(auth));
		return { ...reply, set: reply.body as Searchset };
	};

	it('finds what changed after an instant, oldest first, only for the token’s patient', () => {
		send(sam, 'pain-scores-transaction', at('2025-03-01T09:00:00Z'));
		const newer = send(sam, 'peg-3-response-transaction', at('2025-03-02T09:00:00Z'));
		send(kim, 'pifu-request-transaction', at('2025-03-03T09:00:00Z'));
		const { status, set } = search(sam, 'Observation', '_lastUpdated=gt2025-03-01T09:00:00Z');
		expect(status).toBe(200);
		expect(set.type).toBe('searchset');
		expect(set.total).toBe(1);
		expect(set.entry.map((e) => e.resource.id)).toEqual([newer[1]!.id]);
		expect(set.entry[0]).toMatchObject({
			fullUrl: `${BASE}/Observation/${newer[1]!.id}`,
			search: { mode: 'match' }
		});
		expect(set.link).toEqual([
			{ relation: 'self', url: `${BASE}/Observation?_lastUpdated=gt2025-03-01T09%3A00%3A00Z` }
		]);
		expect(fhirErrors(set)).toEqual([]);
		expect(search(sam, 'Observation', '_lastUpdated=ge2025-03-01T09:00:00Z').set.total).toBe(4);
		expect(search(sam, 'ServiceRequest', '').set.total).toBe(0);
		expect(search(kim, 'ServiceRequest', '').set.total).toBe(1);
	});

	it('finds by identifier, with or without the system', () => {
		send(sam, 'pain-scores-transaction', t0);
		const value = 'urn:uuid:0d9e8f7a-6b5c-4d3e-8f2a-1b0c9d8e7f6a';
		expect(search(sam, 'Observation', `identifier=urn:ietf:rfc:3986|${value}`).set.total).toBe(1);
		expect(search(sam, 'Observation', `identifier=${value}`).set.total).toBe(1);
		expect(search(sam, 'Observation', `identifier=urn:other|${value}`).set.total).toBe(0);
		expect(search(kim, 'Observation', `identifier=urn:ietf:rfc:3986|${value}`).set.total).toBe(0);
	});

	it('includes shared Questionnaires, and care plans of the patient only', () => {
		insertResource(db, {
			resource: { resourceType: 'Questionnaire', status: 'active' },
			patientId: null,
			now: t0
		});
		carePlan(sam.patient.id, t0);
		carePlan(kim.patient.id, t0);
		expect(search(sam, 'Questionnaire', '').set.total).toBe(1);
		expect(search(sam, 'CarePlan', '').set.total).toBe(1);
		expect(search(sam, 'Task', '').set.total).toBe(0);
	});

	it('audits each search with the ids it returned', () => {
		const sent = send(sam, 'pain-scores-transaction', t0);
		search(sam, 'Observation', '');
		expect(listAuditEvents(db, { action: 'fhir.search' })).toMatchObject([
			{
				actorId: sam.device.id,
				resourceType: 'Observation',
				detail: { count: 3, ids: sent.map((r) => r.id).sort() }
			}
		]);
	});

	it('answers 400 for a bad parameter and 404 for a type Tend does not serve', () => {
		expect(search(sam, 'Observation', '_lastUpdated=yesterday').status).toBe(400);
		expect(search(sam, 'Patient', '').status).toBe(404);
	});
});
