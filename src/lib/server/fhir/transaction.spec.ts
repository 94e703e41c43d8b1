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
import { handleTransaction } from './transaction';
import { fhirErrors, loadFixture } from './testing';

const BASE = 'https://tend.example.nhs.uk/fhir';
const t0 = new Date('2025-03-05T15:00:00Z');
const later = (ms: number) => new Date(t0.getTime() + ms);

let db: Db;
let cleanup: () => void;
let sam: DeviceAuth;
let samTablet: DeviceAuth;
let samCarer: DeviceAuth;
let kim: DeviceAuth;

beforeEach(() => {
	({ db, cleanup } = openTempStore());
	const patient = addTestPatient(db);
	sam = enrolTestDevice(db, patient).auth;
	samTablet = enrolTestDevice(db, patient, { name: 'Tablet' }).auth;
	samCarer = enrolTestDevice(db, patient, { role: 'carer' }).auth;
	const other = addTestPatient(db, { nhsNumber: TEST_NHS_NUMBERS[1], givenName: 'Kim' });
	kim = enrolTestDevice(db, other).auth;
});
afterEach(() => cleanup());

type ResponseBundle = {
	resourceType: string;
	type: string;
	entry: {
		fullUrl: string;
		resource: Record<string, any>;
		response: { status: string; location: string; etag: string; lastModified: string };
	}[];
};

function post(auth: DeviceAuth, bundle: unknown, now = t0) {
	const reply = handleTransaction(db, bundle, auth, now, BASE);
	return { ...reply, bundle: reply.body as ResponseBundle };
}

const count = (type = 'Observation') =>
	(
		db.prepare('SELECT count(*) AS n FROM fhir_resource WHERE resource_type = ?').get(type) as {
			n: number;
		}
	).n;

const fixture = (name: string, auth: DeviceAuth) => loadFixture(name, auth.patient.id);

describe('handleTransaction, happy path', () => {
	it.each(['pain-scores-transaction', 'peg-3-response-transaction', 'pifu-request-transaction'])(
		'stores %s and answers a valid transaction-response',
		(name) => {
			const bundle = fixture(name, sam);
			const { status, bundle: response } = post(sam, bundle);
			expect(status).toBe(200);
			expect(fhirErrors(response)).toEqual([]);
			expect(response.type).toBe('transaction-response');
			expect(response.entry).toHaveLength(bundle.entry.length);
			response.entry.forEach((entry, index) => {
				const sent = bundle.entry[index]!.resource;
				expect(entry.resource.resourceType).toBe(sent.resourceType);
				expect(entry.resource.identifier).toEqual(sent.identifier);
				expect(entry.resource.meta).toEqual({ versionId: '1', lastUpdated: t0.toISOString() });
				expect(entry.response).toEqual({
					status: '201 Created',
					location: `${sent.resourceType}/${entry.resource.id}/_history/1`,
					etag: 'W/"1"',
					lastModified: t0.toISOString()
				});
				expect(entry.fullUrl).toBe(`${BASE}/${sent.resourceType}/${entry.resource.id}`);
				expect(fhirErrors(entry.resource)).toEqual([]);
			});
		}
	);

	it('keeps what was sent, and the patient as performer when the device left it out', () => {
		const bundle = fixture('pain-scores-transaction', sam);
		const { bundle: response } = post(sam, bundle);
		const { id, meta, performer, ...rest } = response.entry[1]!.resource;
		expect(performer).toEqual([{ reference: `Patient/${sam.patient.id}`, type: 'Patient' }]);
		expect(rest).toEqual(bundle.entry[1]!.resource);
		expect(id).toMatch(/^[0-9a-f-]{36}$/);
		expect(meta.versionId).toBe('1');
	});

	it('points a reference to another entry’s fullUrl at the stored resource', () => {
		const { bundle: response } = post(sam, fixture('peg-3-response-transaction', sam));
		const [qr, score] = response.entry;
		expect(score!.resource.derivedFrom).toEqual([
			{ reference: `QuestionnaireResponse/${qr!.resource.id}` }
		]);
	});

	it('audits each create with the device as actor', () => {
		const { bundle: response } = post(sam, fixture('pain-scores-transaction', sam));
		const events = listAuditEvents(db, { action: 'fhir.create' });
		expect(events.map((e) => e.resourceId).sort()).toEqual(
			response.entry.map((e) => e.resource.id).sort()
		);
		expect(events.every((e) => e.actorType === 'device' && e.actorId === sam.device.id)).toBe(true);
	});
});

describe('handleTransaction, replays', () => {
	it('answers a replay with 200 and the stored resource, storing it once', () => {
		const bundle = fixture('pain-scores-transaction', sam);
		const first = post(sam, bundle);
		const second = post(sam, bundle, later(60_000));
		expect(second.status).toBe(200);
		expect(second.bundle.entry.map((e) => e.response.status)).toEqual([
			'200 OK',
			'200 OK',
			'200 OK'
		]);
		expect(second.bundle.entry.map((e) => e.resource)).toEqual(
			first.bundle.entry.map((e) => e.resource)
		);
		expect(second.bundle.entry[0]!.response.lastModified).toBe(t0.toISOString());
		expect(count()).toBe(3);
		expect(fhirErrors(second.bundle)).toEqual([]);
	});

	it('keeps one copy when two devices of the same patient send the same identifier', () => {
		const bundle = fixture('pain-scores-transaction', sam);
		const fromPhone = post(sam, bundle);
		const fromTablet = post(samTablet, bundle, later(1));
		expect(fromTablet.bundle.entry[0]!.response.status).toBe('200 OK');
		expect(fromTablet.bundle.entry[0]!.resource.id).toBe(fromPhone.bundle.entry[0]!.resource.id);
		expect(count()).toBe(3);
	});

	it('mixes new and replayed entries in one transaction', () => {
		const bundle = fixture('pain-scores-transaction', sam);
		post(sam, { ...bundle, entry: bundle.entry.slice(0, 1) });
		const { bundle: response } = post(sam, bundle);
		expect(response.entry.map((e) => e.response.status)).toEqual([
			'200 OK',
			'201 Created',
			'201 Created'
		]);
		expect(count()).toBe(3);
	});

	it('treats the same identifier twice in one Bundle as a create and a replay', () => {
		const bundle = fixture('pain-scores-transaction', sam);
		bundle.entry = [bundle.entry[0]!, structuredClone(bundle.entry[0]!)];
		const { status, bundle: response } = post(sam, bundle);
		expect(status).toBe(200);
		expect(response.entry.map((e) => e.response.status)).toEqual(['201 Created', '200 OK']);
		expect(response.entry[1]!.resource.id).toBe(response.entry[0]!.resource.id);
		expect(count()).toBe(1);
	});
});

describe('handleTransaction, refusals store nothing', () => {
	it('refuses the whole Bundle when one entry is invalid, naming it', () => {
		const bundle = fixture('pain-scores-transaction', sam);
		bundle.entry[2]!.resource.status = 'nearly-final';
		const { status, body } = post(sam, bundle);
		expect(status).toBe(400);
		expect(body).toMatchObject({
			resourceType: 'OperationOutcome',
			issue: [
				{ severity: 'error', code: 'invalid', expression: ['Bundle.entry[2].resource.status'] }
			]
		});
		expect(fhirErrors(body)).toEqual([]);
		expect(count()).toBe(0);
	});

	it('lists the problems of every bad entry', () => {
		const bundle = fixture('pain-scores-transaction', sam);
		delete bundle.entry[0]!.resource.code;
		bundle.entry[2]!.resource.subject = { reference: `Patient/${kim.patient.id}` };
		const { status, body } = post(sam, bundle);
		expect(status).toBe(400);
		expect(
			(body as { issue: { expression: string[] }[] }).issue.map((i) => i.expression[0])
		).toEqual(['Bundle.entry[0].resource.code', 'Bundle.entry[2].resource.subject']);
	});

	it('answers 403 for a subject that is another patient', () => {
		const bundle = fixture('pifu-request-transaction', sam);
		const { status } = post(kim, bundle);
		expect(status).toBe(403);
		expect(count('ServiceRequest')).toBe(0);
	});

	it('answers 409, rolling back every entry, when an identifier belongs to another patient', () => {
		post(kim, fixture('pain-scores-transaction', kim));
		const bundle = fixture('pain-scores-transaction', sam);
		bundle.entry[0]!.resource.identifier = [
			{ system: 'urn:ietf:rfc:3986', value: 'urn:uuid:fresh' }
		];
		bundle.entry[0]!.request.ifNoneExist = 'identifier=urn:ietf:rfc:3986|urn:uuid:fresh';
		const { status, body } = post(sam, bundle);
		expect(status).toBe(409);
		expect(body).toMatchObject({
			issue: [{ code: 'conflict', expression: ['Bundle.entry[1].request.ifNoneExist'] }]
		});
		expect(JSON.stringify(body)).not.toContain(kim.patient.id);
		expect(count()).toBe(3);
		expect(
			db.prepare('SELECT count(*) AS n FROM fhir_resource WHERE patient_id = ?').get(sam.patient.id)
		).toEqual({ n: 0 });
	});

	it('answers 412 when ifNoneExist names an identifier the resource does not have', () => {
		const bundle = fixture('pifu-request-transaction', sam);
		bundle.entry[0]!.request.ifNoneExist = 'identifier=urn:ietf:rfc:3986|urn:uuid:someone-else';
		expect(post(sam, bundle).status).toBe(412);
	});

	it.each([
		['not a Bundle', { resourceType: 'Observation' }, 400],
		['a batch', { resourceType: 'Bundle', type: 'batch', entry: [] }, 400],
		[
			'an entry without a request',
			{
				resourceType: 'Bundle',
				type: 'transaction',
				entry: [{ resource: { resourceType: 'Observation' } }]
			},
			400
		],
		['null', null, 400],
		['an array', [], 400]
	])('answers 400 for %s', (_name, bundle, status) => {
		expect(post(sam, bundle).status).toBe(status);
	});

	it('answers 422 for more than 100 entries', () => {
		const bundle = fixture('pain-scores-transaction', sam);
		bundle.entry = Array.from({ length: 101 }, () => bundle.entry[0]!);
		expect(post(sam, bundle).status).toBe(422);
	});

	it('answers 200 with no entries for an empty transaction', () => {
		const { status, bundle: response } = post(sam, { resourceType: 'Bundle', type: 'transaction' });
		expect(status).toBe(200);
		expect(response.entry).toEqual([]);
	});
});

describe('handleTransaction, a carer’s device', () => {
	it('records the carer as a contained RelatedPerson in performer, author and requester', () => {
		const results = [
			'pain-scores-transaction',
			'peg-3-response-transaction',
			'pifu-request-transaction'
		].flatMap((name) =>
			post(samCarer, fixture(name, samCarer)).bundle.entry.map((e) => e.resource)
		);
		const carer = {
			resourceType: 'RelatedPerson',
			id: 'carer',
			active: true,
			patient: { reference: `Patient/${sam.patient.id}` },
			relationship: [{ text: 'daughter' }],
			name: [{ text: 'Alex Jones' }]
		};
		const byType = (type: string) => results.find((r) => r.resourceType === type)!;
		const ref = { reference: '#carer', type: 'RelatedPerson' };
		expect(byType('Observation').performer).toEqual([ref]);
		expect(byType('QuestionnaireResponse').author).toEqual(ref);
		expect(byType('ServiceRequest').requester).toEqual(ref);
		for (const resource of results) {
			expect(resource.contained).toEqual([carer]);
			expect(fhirErrors(resource)).toEqual([]);
		}
	});

	it('replaces what the carer’s device claimed about who recorded it', () => {
		const bundle = fixture('pifu-request-transaction', samCarer);
		bundle.entry[0]!.resource.requester = { reference: `Patient/${sam.patient.id}` };
		bundle.entry[0]!.resource.contained = [
			{
				resourceType: 'RelatedPerson',
				id: 'carer',
				patient: { reference: `Patient/${sam.patient.id}` }
			}
		];
		const resource = post(samCarer, bundle).bundle.entry[0]!.resource;
		expect(resource.requester).toEqual({ reference: '#carer', type: 'RelatedPerson' });
		expect(resource.contained).toHaveLength(1);
		expect(resource.contained[0].name).toEqual([{ text: 'Alex Jones' }]);
	});
});
