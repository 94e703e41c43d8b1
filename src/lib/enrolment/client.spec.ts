import { describe, expect, it, vi } from 'vitest';
import { enrol, serviceEndpoint, unlink } from './client';
import { enrolErrorMessage, errorField } from './messages';
import type { EnrolErrorCode } from './types';

const now = new Date('2026-03-29T00:30:00Z');
const ORIGIN = 'https://tend.example';

const enrolSuccess = {
	token: 'x'.repeat(43),
	patient: { id: 'p1', displayName: 'Sam Jones' },
	role: 'patient',
	carer: null,
	device: { id: 'd1' },
	fhirBase: 'https://tend.example/fhir',
	service: { name: 'Community Pain Service', phone: '01632 960 001', hours: null, email: null }
};

const refusal = (status: number, code: string, headers: Record<string, string> = {}) =>
	new Response(
		JSON.stringify({
			resourceType: 'OperationOutcome',
			issue: [
				{
					severity: 'error',
					code: 'invalid',
					details: { coding: [{ system: 'urn:tend:enrolment-error', code }] }
				}
			]
		}),
		{ status, headers: { 'Content-Type': 'application/fhir+json', ...headers } }
	);

function answering(response: Response | Error) {
	return vi.fn<typeof fetch>(async () => {
		if (response instanceof Error) throw response;
		return response;
	});
}

const attempt = (fetch: typeof globalThis.fetch, code = 'abcd efgh jkmn', serviceUrl = '') =>
	enrol({ fetch, serviceUrl, origin: ORIGIN, code, deviceName: ' My phone ', now });

describe('enrol', () => {
	it('posts the code in groups and the device name, and reads the link', async () => {
		const fetch = answering(new Response(JSON.stringify(enrolSuccess), { status: 201 }));
		const result = await attempt(fetch);
		expect(result).toMatchObject({
			ok: true,
			fhirBase: 'https://tend.example/fhir',
			response: { role: 'patient' }
		});
		const [url, init] = fetch.mock.calls[0]!;
		expect(url).toBe('https://tend.example/api/enrol');
		expect(init?.method).toBe('POST');
		expect(JSON.parse(String(init?.body))).toEqual({
			code: 'ABCD-EFGH-JKMN',
			deviceName: 'My phone'
		});
	});

	it('resolves a relative FHIR base against the service', async () => {
		const fetch = answering(
			new Response(JSON.stringify({ ...enrolSuccess, fhirBase: '/fhir' }), { status: 201 })
		);
		const result = await enrol({
			fetch,
			serviceUrl: 'https://pain.trust.example/tend',
			origin: ORIGIN,
			code: 'ABCD-EFGH-JKMN',
			deviceName: 'My phone',
			now,
			connectSrc: ['https://pain.trust.example']
		});
		expect(result).toMatchObject({ ok: true, fhirBase: 'https://pain.trust.example/fhir' });
		expect(fetch.mock.calls[0]![0]).toBe('https://pain.trust.example/tend/api/enrol');
	});

	it('does not spend an attempt on a code that cannot be right', async () => {
		const fetch = answering(new Response(null, { status: 500 }));
		expect(await attempt(fetch, 'ABCD-EFG')).toEqual({
			ok: false,
			error: { code: 'invalid-format' }
		});
		expect(fetch).not.toHaveBeenCalled();
	});

	it.each<[string, Response | Error, EnrolErrorCode, string]>([
		['400', refusal(400, 'invalid-request'), 'invalid-request', 'enrolment:errors.invalid_request'],
		['404', refusal(404, 'code-unknown'), 'code-unknown', 'enrolment:errors.code_unknown'],
		['410 used', refusal(410, 'code-used'), 'code-used', 'enrolment:errors.code_used'],
		['410 expired', refusal(410, 'code-expired'), 'code-expired', 'enrolment:errors.code_expired'],
		['423', refusal(423, 'code-locked'), 'code-locked', 'enrolment:errors.code_locked'],
		['a network error', new TypeError('Failed to fetch'), 'offline', 'enrolment:errors.offline'],
		[
			'a 502 from a proxy',
			new Response('<html>', { status: 502 }),
			'service-unavailable',
			'enrolment:errors.service_unavailable'
		],
		[
			'a 404 page that is not the service',
			new Response('<html>', { status: 404 }),
			'bad-service-url',
			'enrolment:errors.bad_service_url'
		],
		[
			'a 201 in the wrong shape',
			new Response(JSON.stringify({ token: 'short' }), { status: 201 }),
			'bad-response',
			'enrolment:errors.bad_response'
		],
		[
			'a 201 that is not JSON',
			new Response('<html>', { status: 201 }),
			'bad-response',
			'enrolment:errors.bad_response'
		]
	])('explains %s', async (_, response, code, key) => {
		const result = await attempt(answering(response));
		expect(result).toEqual({ ok: false, error: { code } });
		if (!result.ok) expect(enrolErrorMessage(result.error).key).toBe(key);
	});

	it('says how long to wait when rate limited, in whole minutes', async () => {
		const result = await attempt(answering(refusal(429, 'rate-limited', { 'Retry-After': '125' })));
		expect(result).toEqual({ ok: false, error: { code: 'rate-limited', retryAfterMs: 125_000 } });
		if (!result.ok) {
			expect(enrolErrorMessage(result.error)).toEqual({
				key: 'enrolment:errors.rate_limited',
				values: { count: 3 }
			});
		}
		expect(enrolErrorMessage({ code: 'rate-limited' }).key).toBe(
			'enrolment:errors.rate_limited_later'
		);
		expect(enrolErrorMessage({ code: 'rate-limited', retryAfterMs: 5_000 }).values).toEqual({
			count: 1
		});
	});

	it('gives the service phone number for a locked code when the device knows it', () => {
		expect(enrolErrorMessage({ code: 'code-locked' }, '01632 960 001')).toEqual({
			key: 'enrolment:errors.code_locked_phone',
			values: { phone: '01632 960 001' }
		});
	});

	it('refuses a service address that is not https', async () => {
		const fetch = answering(new Response(null, { status: 500 }));
		expect(await attempt(fetch, 'ABCD-EFGH-JKMN', 'http://pain.example')).toEqual({
			ok: false,
			error: { code: 'bad-service-url' }
		});
		expect(errorField({ code: 'bad-service-url' })).toBe('service-url');
		expect(errorField({ code: 'code-used' })).toBe('code');
	});

	it('refuses, before sending the code, a service on an origin the CSP does not allow', async () => {
		const fetch = answering(new Response(JSON.stringify(enrolSuccess), { status: 201 }));
		expect(await attempt(fetch, 'ABCD-EFGH-JKMN', 'https://pain.example')).toEqual({
			ok: false,
			error: { code: 'service-url-not-allowed' }
		});
		expect(fetch).not.toHaveBeenCalled();
		expect(errorField({ code: 'service-url-not-allowed' })).toBe('service-url');
		expect(enrolErrorMessage({ code: 'service-url-not-allowed' }).key).toBe(
			'enrolment:errors.service_url_not_allowed'
		);
	});

	it('sends to a service on another origin when the build allows it', async () => {
		const fetch = answering(new Response(JSON.stringify(enrolSuccess), { status: 201 }));
		const result = await enrol({
			fetch,
			serviceUrl: 'https://pain.example',
			origin: ORIGIN,
			code: 'ABCD-EFGH-JKMN',
			deviceName: 'My phone',
			now,
			connectSrc: ['https://pain.example']
		});
		expect(result).toMatchObject({ ok: true });
		expect(fetch.mock.calls[0]![0]).toBe('https://pain.example/api/enrol');
	});
});

describe('serviceEndpoint', () => {
	it.each([
		['', 'https://tend.example/api/enrol'],
		['https://pain.example', 'https://pain.example/api/enrol'],
		['https://pain.example/tend/', 'https://pain.example/tend/api/enrol'],
		['http://localhost:5173', 'http://localhost:5173/api/enrol'],
		['http://pain.example', null],
		['not a url', null],
		['ftp://pain.example', null]
	])('%s → %s', (serviceUrl, endpoint) => {
		expect(serviceEndpoint(serviceUrl, ORIGIN, 'api/enrol')).toBe(endpoint);
	});
});

describe('unlink', () => {
	const call = (response: Response | Error) => {
		const fetch = answering(response);
		return { fetch, outcome: unlink({ fetch, serviceUrl: '', origin: ORIGIN, token: 'tok' }) };
	};

	it('posts with the token and is done on 204', async () => {
		const { fetch, outcome } = call(new Response(null, { status: 204 }));
		expect(await outcome).toBe('unlinked');
		const [url, init] = fetch.mock.calls[0]!;
		expect(url).toBe('https://tend.example/api/unlink');
		expect(new Headers(init?.headers).get('authorization')).toBe('Bearer tok');
	});

	it.each<[string, Response | Error, string]>([
		['a token already revoked', new Response(null, { status: 401 }), 'unlinked'],
		['a network error', new TypeError('offline'), 'offline'],
		['a server error', new Response(null, { status: 500 }), 'failed']
	])('handles %s', async (_, response, expected) => {
		expect(await call(response).outcome).toBe(expected);
	});
});
