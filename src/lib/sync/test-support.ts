// Test helpers for the sync engine: a fresh database, a linked device and a small FHIR
// service that answers transaction Bundles as docs/api.md says, with faults on demand.
import { AppDb } from '$lib/db/app-db';
import { migrations } from '$lib/db/migrations';
import { freshIndexedDb } from '$lib/db/test-deps';
import { ENROLMENT_KEY, type EnrolmentRecord } from '$lib/enrolment/types';
import { identifierValue, IDENTIFIER_SYSTEM } from './bundle';
import type { FhirResource } from './types';

export const PATIENT_ID = '6b1f3c1e-8d0a-4d55-9a57-3e2f0c1d2b4a';
export const FHIR_BASE = 'https://tend.example/fhir';
export const TOKEN = 'device-token';

let counter = 0;

/** A new, empty Tend database in memory. */
export function openTestDb(): AppDb {
	counter += 1;
	return new AppDb(`sync-test-${counter}`, migrations, freshIndexedDb());
}

/** An enrolment record for a patient's device. */
export function testEnrolment(overrides: Partial<EnrolmentRecord> = {}): EnrolmentRecord {
	return {
		key: ENROLMENT_KEY,
		serviceUrl: '',
		fhirBase: FHIR_BASE,
		token: TOKEN,
		patient: { id: PATIENT_ID, displayName: 'Sam Jones' },
		role: 'patient',
		carer: null,
		deviceId: 'device-1',
		deviceName: 'My phone',
		linkedAt: '2026-03-01T09:00:00.000Z',
		service: { name: 'Community Pain Service', phone: '01632 960 001' },
		...overrides
	};
}

/** A minimal Observation carrying the record identifier. */
export function observationFor(id: string, patientId = PATIENT_ID): FhirResource {
	return {
		resourceType: 'Observation',
		identifier: [{ system: IDENTIFIER_SYSTEM, value: identifierValue(id) }],
		status: 'final',
		subject: { reference: `Patient/${patientId}` }
	};
}

/** What the fake service does with the next request. */
export type Fault =
	| 'ok'
	| 'network-before'
	| 'network-after'
	| { status: number; body?: unknown; headers?: Record<string, string> };

interface RequestLog {
	method: string;
	url: string;
	headers: Record<string, string>;
	ids: string[];
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
	new Response(body === undefined ? null : JSON.stringify(body), {
		status,
		headers: { 'Content-Type': 'application/fhir+json', ...headers }
	});

/**
 * A FHIR service in miniature: conditional create by identifier (a replay answers 200 with
 * the stored resource), atomic transactions, and records it refuses with a 400 that points
 * at the entry (or, with `pointAtEntries: false`, refuses the whole Bundle without saying).
 * With `maxEntries`, a larger Bundle is refused as a whole, naming no entry (as Medplum does
 * past 8 conditional creates).
 */
export class FakeFhirService {
	readonly stored = new Map<string, { serverId: string; resource: FhirResource }>();
	readonly requests: RequestLog[] = [];
	readonly refuse = new Set<string>();
	faults: Fault[] = [];
	pointAtEntries = true;
	maxEntries = Infinity;
	token = TOKEN;

	readonly fetch: typeof globalThis.fetch = async (input, init) => {
		const url = String(input instanceof Request ? input.url : input);
		const headers = Object.fromEntries(new Headers(init?.headers).entries());
		const bundle = init?.body
			? (JSON.parse(String(init.body)) as { entry: Array<{ resource: FhirResource }> })
			: undefined;
		const ids = (bundle?.entry ?? []).map((entry) => this.#idOf(entry.resource));
		this.requests.push({ method: init?.method ?? 'GET', url, headers, ids });
		const fault = this.faults.shift() ?? 'ok';
		if (fault === 'network-before') throw new TypeError('Failed to fetch');
		if (typeof fault === 'object') return json(fault.status, fault.body, fault.headers);
		if (headers.authorization !== `Bearer ${this.token}`) {
			return json(401, {
				resourceType: 'OperationOutcome',
				issue: [{ severity: 'error', code: 'login' }]
			});
		}
		const response = this.#transaction(ids, bundle?.entry ?? []);
		if (fault === 'network-after') throw new TypeError('Network connection was lost');
		return response;
	};

	#idOf(resource: FhirResource): string {
		const identifiers = (resource.identifier ?? []) as Array<{ value: string }>;
		return identifiers[0]?.value.replace('urn:uuid:', '') ?? '';
	}

	#transaction(ids: string[], entries: Array<{ resource: FhirResource }>): Response {
		if (ids.length > this.maxEntries) {
			return json(400, {
				resourceType: 'OperationOutcome',
				issue: [{ severity: 'error', code: 'too-costly', diagnostics: 'Too many entries' }]
			});
		}
		const badIndex = ids.findIndex((id) => this.refuse.has(id));
		if (badIndex >= 0) {
			const issue = {
				severity: 'error',
				code: 'invalid',
				diagnostics: 'Pain score must be a whole number from 0 to 10',
				...(this.pointAtEntries
					? { expression: [`Bundle.entry[${badIndex}].resource.valueInteger`] }
					: {})
			};
			return json(400, { resourceType: 'OperationOutcome', issue: [issue] });
		}
		const answers = ids.map((id, index) => {
			const existing = this.stored.get(id);
			if (existing) return { status: '200 OK', serverId: existing.serverId };
			const serverId = `srv-${this.stored.size + 1}`;
			this.stored.set(id, { serverId, resource: entries[index]!.resource });
			return { status: '201 Created', serverId };
		});
		return json(200, {
			resourceType: 'Bundle',
			type: 'transaction-response',
			entry: answers.map(({ status, serverId }) => ({
				response: { status, location: `Observation/${serverId}/_history/1` }
			}))
		});
	}
}
