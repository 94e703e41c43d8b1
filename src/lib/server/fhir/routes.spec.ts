import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as postTransaction, fallback as rootFallback } from '../../../routes/fhir/+server';
import { GET as getSearch } from '../../../routes/fhir/[type]/+server';
import { GET as getRead, fallback as readFallback } from '../../../routes/fhir/[type]/[id]/+server';
import { addTestPatient, enrolTestDevice, TEST_NHS_NUMBERS } from '../patients/testing';
import { closeStore, initStore } from '../store/store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadFixture } from './testing';

// The real route handlers, on a real (temporary) database, called as SvelteKit calls them.

type Handler = (event: never) => Response | Promise<Response>;
const ORIGIN = 'http://localhost:3000';

function call(
	handler: Handler,
	path: string,
	init: RequestInit & { params?: Record<string, string> } = {}
): Promise<Response> {
	const url = new URL(path, ORIGIN);
	const request = new Request(url, { duplex: 'half', ...init } as RequestInit);
	const event = { request, url, params: init.params ?? {}, getClientAddress: () => '192.0.2.9' };
	return Promise.resolve(handler(event as never));
}

let dir: string;
let samToken: string;
let samPatientId: string;
let kimToken: string;
let kimPatientId: string;

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'tend-routes-'));
	const db = initStore(dir);
	const sam = addTestPatient(db);
	const kim = addTestPatient(db, { nhsNumber: TEST_NHS_NUMBERS[1], givenName: 'Kim' });
	({ token: samToken } = enrolTestDevice(db, sam));
	({ token: kimToken } = enrolTestDevice(db, kim));
	samPatientId = sam.id;
	kimPatientId = kim.id;
});
afterAll(() => {
	closeStore();
	rmSync(dir, { recursive: true, force: true });
});

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const fhirHeaders = (token: string) => ({
	...bearer(token),
	'content-type': 'application/fhir+json'
});

function postBundle(token: string, bundle: unknown, headers: Record<string, string> = {}) {
	return call(postTransaction as Handler, '/fhir', {
		method: 'POST',
		headers: { ...fhirHeaders(token), ...headers },
		body: isRawBody(bundle) ? bundle : JSON.stringify(bundle)
	});
}

function isRawBody(body: unknown): body is BodyInit {
	return typeof body === 'string' || body instanceof Uint8Array || body instanceof ReadableStream;
}

async function expectOutcome(response: Response, status: number) {
	expect(response.status).toBe(status);
	expect(response.headers.get('content-type')).toBe('application/fhir+json; charset=utf-8');
	const body = await response.json();
	expect(body.resourceType).toBe('OperationOutcome');
	return body;
}

describe('POST /fhir', () => {
	it('201s a fixture transaction, then 200s its replay', async () => {
		const bundle = loadFixture('pain-scores-transaction', samPatientId);
		const first = await postBundle(samToken, bundle);
		expect(first.status).toBe(200);
		expect(first.headers.get('content-type')).toBe('application/fhir+json; charset=utf-8');
		expect(first.headers.get('cache-control')).toBe('no-store');
		const body = await first.json();
		expect(body.entry.map((e: { response: { status: string } }) => e.response.status)).toEqual([
			'201 Created',
			'201 Created',
			'201 Created'
		]);
		expect(body.entry[0].fullUrl).toMatch(/^http:\/\/localhost:3000\/fhir\/Observation\//);
		const replay = await (await postBundle(samToken, bundle)).json();
		expect(replay.entry.map((e: { response: { status: string } }) => e.response.status)).toEqual([
			'200 OK',
			'200 OK',
			'200 OK'
		]);
	});

	it('accepts application/json too', async () => {
		const response = await postBundle(
			samToken,
			loadFixture('pifu-request-transaction', samPatientId),
			{
				'content-type': 'application/json; charset=utf-8'
			}
		);
		expect(response.status).toBe(200);
	});

	it('401: no token, with WWW-Authenticate', async () => {
		const response = await call(postTransaction as Handler, '/fhir', {
			method: 'POST',
			headers: { 'content-type': 'application/fhir+json' },
			body: '{}'
		});
		await expectOutcome(response, 401);
		expect(response.headers.get('www-authenticate')).toBe('Bearer');
	});

	it('401: an unknown token', async () => {
		await expectOutcome(await postBundle('A'.repeat(43), {}), 401);
	});

	it('415: not JSON', async () => {
		await expectOutcome(
			await postBundle(samToken, '{}', { 'content-type': 'application/xml' }),
			415
		);
		await expectOutcome(await postBundle(samToken, '{}', { 'content-type': 'text/plain' }), 415);
	});

	it('413: over 256 kB, by Content-Length or by the bytes sent', async () => {
		const big = JSON.stringify({
			resourceType: 'Bundle',
			type: 'transaction',
			pad: 'x'.repeat(256 * 1024)
		});
		await expectOutcome(await postBundle(samToken, big), 413);
		const declared = await postBundle(samToken, '{}', { 'content-length': String(256 * 1024 + 1) });
		await expectOutcome(declared, 413);
		const stream = new ReadableStream<Uint8Array>({
			start(controller) {
				controller.enqueue(new TextEncoder().encode(big));
				controller.close();
			}
		});
		await expectOutcome(await postBundle(samToken, stream as never), 413);
	});

	it.each([
		['not JSON', '{"resourceType": "Bundle",'],
		['nested far too deep', '['.repeat(10_000) + ']'.repeat(10_000)],
		['not UTF-8', new Uint8Array([0x7b, 0xff, 0x7d])],
		['empty', '']
	])('400: a body that is %s', async (_name, body) => {
		await expectOutcome(await postBundle(samToken, body), 400);
	});

	it('400: an invalid resource, naming the element', async () => {
		const bundle = loadFixture('pain-scores-transaction', samPatientId);
		bundle.entry[1]!.resource.valueQuantity = { value: 'eight' };
		const body = await expectOutcome(await postBundle(samToken, bundle), 400);
		expect(body.issue[0].expression).toEqual(['Bundle.entry[1].resource.valueQuantity.value']);
	});

	it('403: a subject that is another patient', async () => {
		await expectOutcome(
			await postBundle(kimToken, loadFixture('pifu-request-transaction', samPatientId)),
			403
		);
	});

	it('409: an identifier another patient already used', async () => {
		const bundle = loadFixture('peg-3-response-transaction', kimPatientId);
		expect((await postBundle(kimToken, bundle)).status).toBe(200);
		const mine = loadFixture('peg-3-response-transaction', samPatientId);
		await expectOutcome(await postBundle(samToken, mine), 409);
	});

	it('412: ifNoneExist naming an identifier the resource does not have', async () => {
		const bundle = loadFixture('pifu-request-transaction', samPatientId);
		bundle.entry[0]!.request.ifNoneExist = 'identifier=urn:ietf:rfc:3986|urn:uuid:elsewhere';
		await expectOutcome(await postBundle(samToken, bundle), 412);
	});

	it('422: a resource type devices may not create', async () => {
		const bundle = loadFixture('pifu-request-transaction', samPatientId);
		bundle.entry[0]!.resource.resourceType = 'CarePlan';
		bundle.entry[0]!.request.url = 'CarePlan';
		await expectOutcome(await postBundle(samToken, bundle), 422);
	});

	it('429: more than 120 writes a minute from one device, with Retry-After', async () => {
		const db = initStore(dir);
		const patient = addTestPatient(db, { nhsNumber: TEST_NHS_NUMBERS[2] });
		const { token } = enrolTestDevice(db, patient);
		const empty = { resourceType: 'Bundle', type: 'transaction' };
		for (let i = 0; i < 120; i++) expect((await postBundle(token, empty)).status).toBe(200);
		const limited = await postBundle(token, empty);
		await expectOutcome(limited, 429);
		expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
		expect((await postBundle(samToken, empty)).status).toBe(200);
	});

	it('405 for other methods', async () => {
		const response = await call(rootFallback as Handler, '/fhir', { method: 'PUT' });
		await expectOutcome(response, 405);
		expect(response.headers.get('allow')).toBe('POST');
	});
});

describe('GET /fhir/<Type> and /fhir/<Type>/<id>', () => {
	it('reads and searches within the token’s patient; another patient’s resource is 404', async () => {
		const sent = await (
			await postBundle(samToken, loadFixture('pain-scores-transaction', samPatientId))
		).json();
		const id = sent.entry[0].resource.id;
		const read = await call(getRead as Handler, `/fhir/Observation/${id}`, {
			headers: bearer(samToken),
			params: { type: 'Observation', id }
		});
		expect(read.status).toBe(200);
		expect(read.headers.get('etag')).toBe('W/"1"');
		expect((await read.json()).id).toBe(id);
		await expectOutcome(
			await call(getRead as Handler, `/fhir/Observation/${id}`, {
				headers: bearer(kimToken),
				params: { type: 'Observation', id }
			}),
			404
		);
		const search = await call(
			getSearch as Handler,
			'/fhir/Observation?_lastUpdated=gt2000-01-01T00:00:00Z',
			{
				headers: bearer(samToken),
				params: { type: 'Observation' }
			}
		);
		expect(search.status).toBe(200);
		const set = await search.json();
		expect(set.type).toBe('searchset');
		expect(set.entry.map((e: { resource: { id: string } }) => e.resource.id)).toContain(id);
		const theirs = await (
			await call(getSearch as Handler, '/fhir/Observation', {
				headers: bearer(kimToken),
				params: { type: 'Observation' }
			})
		).json();
		expect(theirs.entry.map((e: { resource: { id: string } }) => e.resource.id)).not.toContain(id);
	});

	it('401 without a token, 400 for a bad search, 404 for an unserved type', async () => {
		await expectOutcome(
			await call(getSearch as Handler, '/fhir/Observation', { params: { type: 'Observation' } }),
			401
		);
		await expectOutcome(
			await call(getSearch as Handler, '/fhir/Observation?_lastUpdated=2025', {
				headers: bearer(samToken),
				params: { type: 'Observation' }
			}),
			400
		);
		await expectOutcome(
			await call(getRead as Handler, '/fhir/Patient/x', {
				headers: bearer(samToken),
				params: { type: 'Patient', id: 'x' }
			}),
			404
		);
	});

	it('404 for a type Tend does not serve, with or without a token', async () => {
		const read = await call(getRead as Handler, '/fhir/Patient/1', {
			params: { type: 'Patient', id: '1' }
		});
		await expectOutcome(read, 404);
		await expectOutcome(
			await call(getSearch as Handler, '/fhir/Patient', { params: { type: 'Patient' } }),
			404
		);
	});

	it('405 for writes to a resource', async () => {
		await expectOutcome(
			await call(readFallback as Handler, '/fhir/Observation/x', { method: 'DELETE' }),
			405
		);
	});
});
