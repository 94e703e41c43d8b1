/**
 * The enrolment endpoints of the service (docs/api.md): POST /api/enrol exchanges a code
 * for a device token; POST /api/unlink revokes it. Answers are read into plain outcomes;
 * nothing here throws for anything the network or the service does.
 */
import { isConnectAllowed } from '$lib/csp/allowed';
import { parseRetryAfter } from '$lib/sync/backoff';
import { formatCode, normaliseCode } from './code';
import type { EnrolResponse } from './schema';
import type { EnrolError, EnrolErrorCode } from './types';

/** The service's own reasons for refusing a code (details.coding[0].code). */
const SERVICE_CODES = new Set<EnrolErrorCode>([
	'invalid-request',
	'code-unknown',
	'code-used',
	'code-expired',
	'code-locked',
	'rate-limited'
]);

const isLocalHost = (host: string) =>
	host === 'localhost' || host === '127.0.0.1' || host === '[::1]';

/**
 * The address of an endpoint (`api/enrol`) under the service URL, or this app's origin
 * when the service URL is empty. Null for anything but https (or http on this computer).
 */
export function serviceEndpoint(serviceUrl: string, origin: string, path: string): string | null {
	const base = serviceUrl.trim() || origin;
	let url: URL;
	try {
		url = new URL(path, base.endsWith('/') ? base : `${base}/`);
	} catch {
		return null;
	}
	const isSecure =
		url.protocol === 'https:' || (url.protocol === 'http:' && isLocalHost(url.hostname));
	return isSecure || !serviceUrl.trim() ? url.href : null;
}

export type EnrolResult =
	{ ok: true; response: EnrolResponse; fhirBase: string } | { ok: false; error: EnrolError };

export interface EnrolOptions {
	fetch: typeof globalThis.fetch;
	/** '' for this app's own origin, or a trust's own server. */
	serviceUrl: string;
	origin: string;
	code: string;
	deviceName: string;
	now: Date;
	/** Other origins the CSP allows; the list built in when not given. */
	connectSrc?: readonly string[];
}

function serviceCodeOf(body: unknown): string | undefined {
	const issue = (body as { issue?: Array<{ details?: { coding?: Array<{ code?: unknown }> } }> })
		?.issue?.[0];
	const code = issue?.details?.coding?.[0]?.code;
	return typeof code === 'string' ? code : undefined;
}

function refusal(status: number, body: unknown, retryAfterMs: number | undefined): EnrolError {
	const code = serviceCodeOf(body) as EnrolErrorCode | undefined;
	if (code && SERVICE_CODES.has(code))
		return code === 'rate-limited' ? { code, retryAfterMs } : { code };
	if (status === 429) return { code: 'rate-limited', retryAfterMs };
	// A 404 or 405 without the service's reason: nothing at that address answers enrolment.
	if (status === 404 || status === 405) return { code: 'bad-service-url' };
	return { code: 'service-unavailable' };
}

/** Exchanges an enrolment code for a device token. */
export async function enrol(options: EnrolOptions): Promise<EnrolResult> {
	const code = normaliseCode(options.code);
	if (!code) return { ok: false, error: { code: 'invalid-format' } };
	const endpoint = serviceEndpoint(options.serviceUrl, options.origin, 'api/enrol');
	if (!endpoint) return { ok: false, error: { code: 'bad-service-url' } };
	// Refused before sending: the browser would block it, and the code would look wrong.
	if (!isConnectAllowed(endpoint, options.origin, options.connectSrc)) {
		return { ok: false, error: { code: 'service-url-not-allowed' } };
	}

	let response: Response;
	try {
		response = await options.fetch(endpoint, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
			body: JSON.stringify({ code: formatCode(code), deviceName: options.deviceName.trim() }),
			credentials: 'omit',
			cache: 'no-store'
		});
	} catch {
		return { ok: false, error: { code: 'offline' } };
	}
	const body: unknown = await response.json().catch(() => undefined);
	if (!response.ok) {
		const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'), options.now);
		return { ok: false, error: refusal(response.status, body, retryAfterMs) };
	}
	const { EnrolResponseSchema } = await import('./schema');
	const parsed = EnrolResponseSchema.safeParse(body);
	if (!parsed.success) return { ok: false, error: { code: 'bad-response' } };
	try {
		return {
			ok: true,
			response: parsed.data,
			fhirBase: new URL(parsed.data.fhirBase, endpoint).href
		};
	} catch {
		return { ok: false, error: { code: 'bad-response' } };
	}
}

export type UnlinkOutcome = 'unlinked' | 'offline' | 'failed';

/**
 * Asks the service to revoke this device's token. A token the service already refuses
 * (401) counts as unlinked: there is nothing left to revoke.
 */
export async function unlink(options: {
	fetch: typeof globalThis.fetch;
	serviceUrl: string;
	origin: string;
	token: string;
}): Promise<UnlinkOutcome> {
	const endpoint = serviceEndpoint(options.serviceUrl, options.origin, 'api/unlink');
	if (!endpoint) return 'failed';
	try {
		const response = await options.fetch(endpoint, {
			method: 'POST',
			headers: { Authorization: `Bearer ${options.token}` },
			credentials: 'omit',
			cache: 'no-store'
		});
		return response.ok || response.status === 401 ? 'unlinked' : 'failed';
	} catch {
		return 'offline';
	}
}
