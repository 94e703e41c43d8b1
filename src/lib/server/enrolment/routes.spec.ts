import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as enrol } from '../../../routes/api/enrol/+server';
import { POST as unlink } from '../../../routes/api/unlink/+server';
import { authenticateDevice } from '../auth/device-auth';
import { addTestPatient, openTempStore } from '../patients/testing';
import type { Patient } from '../patients/patients';
import type { Db } from '../store/open-store';
import { closeStore, initStore } from '../store/store';
import { issueCode } from './codes';
import { ENROLMENT_ERROR_SYSTEM, enrolEndpoint } from './endpoints';

// The real route handlers on a temporary database, as SvelteKit calls them.

type Handler = (event: never) => Response | Promise<Response>;

function call(handler: Handler, path: string, init: RequestInit, ip = '192.0.2.50') {
	const url = new URL(path, 'http://localhost:3000');
	const event = { request: new Request(url, init), url, params: {}, getClientAddress: () => ip };
	return Promise.resolve(handler(event as never));
}

const postJson = (body: unknown, ip?: string) =>
	call(
		enrol as Handler,
		'/api/enrol',
		{
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: typeof body === 'string' ? body : JSON.stringify(body)
		},
		ip
	);

async function expectReason(response: Response, status: number, code: string) {
	expect(response.status).toBe(status);
	expect(response.headers.get('content-type')).toBe('application/fhir+json; charset=utf-8');
	const body = await response.json();
	expect(body).toMatchObject({
		resourceType: 'OperationOutcome',
		issue: [{ severity: 'error', details: { coding: [{ system: ENROLMENT_ERROR_SYSTEM, code }] } }]
	});
}

let dir: string;
let db: Db;
let patient: Patient;
const now = () => new Date();

beforeAll(() => {
	process.env.SERVICE_NAME = 'Community Pain Service';
	process.env.SERVICE_PHONE = '01632 960 000';
	dir = mkdtempSync(join(tmpdir(), 'tend-enrol-routes-'));
	db = initStore(dir);
	patient = addTestPatient(db);
});
afterAll(() => {
	closeStore();
	rmSync(dir, { recursive: true, force: true });
	delete process.env.SERVICE_NAME;
	delete process.env.SERVICE_PHONE;
});

describe('POST /api/enrol', () => {
	it('201: the token, patient, role, FHIR base and service contact', async () => {
		const { code } = issueCode(db, {
			patientId: patient.id,
			role: 'patient',
			staffId: 's',
			now: now()
		});
		const response = await postJson({ code, deviceName: "Sam's phone" });
		expect(response.status).toBe(201);
		expect(response.headers.get('cache-control')).toBe('no-store');
		const body = await response.json();
		expect(body).toEqual({
			token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
			patient: { id: patient.id, displayName: 'Sam Jones' },
			role: 'patient',
			carer: null,
			device: { id: expect.any(String) },
			fhirBase: 'http://localhost:3000/fhir',
			service: { name: 'Community Pain Service', phone: '01632 960 000' }
		});
		expect(authenticateDevice(db, `Bearer ${body.token}`, now())?.device.id).toBe(body.device.id);
	});

	it('gives a carer’s device the carer', async () => {
		const { code } = issueCode(db, {
			patientId: patient.id,
			role: 'carer',
			carerName: 'Alex Jones',
			carerRelationship: 'daughter',
			staffId: 's',
			now: now()
		});
		const body = await (await postJson({ code, deviceName: 'Alex’s phone' })).json();
		expect(body).toMatchObject({
			role: 'carer',
			carer: { name: 'Alex Jones', relationship: 'daughter' }
		});
	});

	it.each([
		['not JSON', '{"code":'],
		['an array', '[]'],
		['no device name', { code: 'ABCD-EFGH-JKMN' }],
		['too big', JSON.stringify({ code: 'ABCD-EFGH-JKMN', deviceName: 'x'.repeat(5000) })]
	])('400 invalid-request: %s', async (_name, body) => {
		await expectReason(await postJson(body), 400, 'invalid-request');
	});

	it('404 code-unknown, 410 code-used, 410 code-expired, 423 code-locked', async () => {
		await expectReason(
			await postJson({ code: 'ZZZZ-ZZZZ-ZZZZ', deviceName: 'p' }, '192.0.2.60'),
			404,
			'code-unknown'
		);
		const used = issueCode(db, {
			patientId: patient.id,
			role: 'patient',
			staffId: 's',
			now: now()
		}).code;
		expect((await postJson({ code: used, deviceName: 'p' }, '192.0.2.61')).status).toBe(201);
		await expectReason(
			await postJson({ code: used, deviceName: 'p' }, '192.0.2.61'),
			410,
			'code-used'
		);
		const expired = issueCode(db, {
			patientId: patient.id,
			role: 'patient',
			staffId: 's',
			now: new Date(Date.now() - 30 * 24 * 3600 * 1000)
		}).code;
		await expectReason(
			await postJson({ code: expired, deviceName: 'p' }, '192.0.2.62'),
			410,
			'code-expired'
		);
		const locked = issueCode(db, {
			patientId: patient.id,
			role: 'patient',
			staffId: 's',
			now: now()
		}).code;
		const wrong = locked.slice(0, -1) + (locked.endsWith('0') ? '1' : '0');
		for (let i = 0; i < 4; i++) await postJson({ code: wrong, deviceName: 'p' }, '192.0.2.63');
		await expectReason(
			await postJson({ code: wrong, deviceName: 'p' }, '192.0.2.63'),
			423,
			'code-locked'
		);
	});

	it('429 rate-limited after 20 failures from one address, with Retry-After', async () => {
		for (let i = 0; i < 20; i++)
			await postJson({ code: 'ZZZZ-ZZZZ-ZZZZ', deviceName: 'p' }, '198.51.100.20');
		const response = await postJson({ code: 'ZZZZ-ZZZZ-ZZZZ', deviceName: 'p' }, '198.51.100.20');
		await expectReason(response, 429, 'rate-limited');
		const wait = Number(response.headers.get('retry-after'));
		expect(wait).toBeGreaterThan(800);
		expect(wait).toBeLessThanOrEqual(900);
	});
});

describe('POST /api/unlink', () => {
	it('204 revokes the calling device; its token is 401 after', async () => {
		const { code } = issueCode(db, {
			patientId: patient.id,
			role: 'patient',
			staffId: 's',
			now: now()
		});
		const { token, device } = await (
			await postJson({ code, deviceName: 'p' }, '192.0.2.70')
		).json();
		const request = () =>
			call(unlink as Handler, '/api/unlink', {
				method: 'POST',
				headers: { authorization: `Bearer ${token}` }
			});
		expect((await request()).status).toBe(204);
		expect(db.prepare('SELECT revoked_by FROM device WHERE id = ?').get(device.id)).toEqual({
			revoked_by: 'self'
		});
		const again = await request();
		expect(again.status).toBe(401);
		expect(again.headers.get('www-authenticate')).toBe('Bearer');
	});
});

describe('enrolEndpoint', () => {
	it('gives service null when no contact is set', async () => {
		const { db: other, cleanup } = openTempStore();
		try {
			const who = addTestPatient(other);
			const { code } = issueCode(other, {
				patientId: who.id,
				role: 'patient',
				staffId: 's',
				now: now()
			});
			const response = await enrolEndpoint(
				other,
				new Request('http://x/api/enrol', {
					method: 'POST',
					body: JSON.stringify({ code, deviceName: 'p' })
				}),
				{
					ip: '192.0.2.1',
					now: now(),
					config: { fhirBaseUrl: 'https://t.example/fhir', service: null }
				}
			);
			expect(await response.json()).toMatchObject({
				fhirBase: 'https://t.example/fhir',
				service: null
			});
		} finally {
			cleanup();
		}
	});
});
