/**
 * The contract, checked against a FHIR server that is not ours: the transaction Bundles
 * the app really builds (the check-in mapping, the outbox, the Bundle builder) are
 * accepted by Medplum's router, validating against R4, as conditional creates; every
 * resource passes the `fhir` package's R4 validator; and Tend's own service accepts the
 * very same Bundles, a replay storing nothing twice. Tend's CapabilityStatement and the
 * Bundles it answers with are valid R4 as well.
 *
 * What Medplum showed us:
 * - It takes at most 8 conditional creates in one transaction (they need serializable
 *   isolation) and refuses a larger one as a whole, naming no entry. The app sends up to
 *   50; its pusher halves a Bundle refused that way until it is accepted, remembers the
 *   size that worked for that FHIR base, and starts there on the next run (D-022).
 * - When it processes a transaction it replaces every string equal to an entry's fullUrl
 *   with the new resource's reference. The app once used the record's `urn:uuid:<id>` both
 *   as fullUrl and as identifier value, so the stored identifier changed and a replay was
 *   stored again. Each entry now has a fullUrl of its own; the replay tests below guard it.
 */
import { describe, expect, it } from 'vitest';
import { checkinToObservation } from '$lib/checkin/fhir';
import { buildCapabilityStatement } from '$lib/server/fhir/capability-statement';
import { fhirErrors } from '$lib/server/fhir/testing';
import {
	buildTransaction,
	IDENTIFIER_SYSTEM,
	identifierValue,
	type TransactionBundle
} from '$lib/sync/bundle';
import { enqueueRecord } from '$lib/sync/outbox-repo';
import { createEntry } from '$lib/sync/outbox-state';
import { pushOnce } from '$lib/sync/pusher';
import type { RecordLink } from '$lib/sync/types';
import { createMedplumPeer } from '../support/medplum-peer';
import { AppWorld, checkin, FHIR_BASE, recordId, ServiceWorld } from './sync-world';

const now = new Date('2026-03-02T08:00:00Z');
const PATIENT_ID = '6b1f3c1e-8d0a-4d55-9a57-3e2f0c1d2b4a';
/** The most conditional creates Medplum takes in one transaction. */
const MEDPLUM_STRICT_LIMIT = 8;

/** The Bundle the app sends for `count` check-ins, built as the app builds it. */
function appBundle(link: RecordLink, count: number) {
	const entries = Array.from({ length: count }, (_, index) => {
		const id = recordId(index + 1);
		const note = index % 3 === 0 ? 'Worse after a long walk; slept badly' : undefined;
		const record = checkin(id, index % 11, new Date(now.getTime() - index * 3_600_000), note);
		return createEntry({
			id,
			table: 'checkins',
			resource: checkinToObservation(record, link),
			now
		});
	});
	return { ids: entries.map((entry) => entry.id), bundle: buildTransaction(entries) };
}

/** The same Bundle with each entry's fullUrl a fresh urn:uuid, unlike any identifier. */
function withOwnFullUrls(bundle: TransactionBundle): TransactionBundle {
	return {
		...bundle,
		entry: bundle.entry.map((entry) => ({ ...entry, fullUrl: `urn:uuid:${crypto.randomUUID()}` }))
	};
}

type ResponseBundle = { entry?: Array<{ response?: { status?: string } }> };
const statuses = (body: unknown) =>
	((body as ResponseBundle | undefined)?.entry ?? []).map((entry) => entry.response?.status ?? '');
const errorsOf = (outcome: { issue?: Array<{ severity?: string }> }) =>
	(outcome.issue ?? []).filter((issue) => issue.severity === 'error');
const byIdentifier = (id: string) =>
	`/Observation?identifier=${encodeURIComponent(`${IDENTIFIER_SYSTEM}|${identifierValue(id)}`)}`;

const LINKS: Array<[string, RecordLink]> = [
	["the patient's own device", { patientId: PATIENT_ID, role: 'patient' }],
	["a carer's device (no performer)", { patientId: PATIENT_ID, role: 'carer' }]
];

/** Posts a Bundle twice to a fresh peer; what each answered and how many copies each record has. */
async function postTwiceToMedplum(bundle: TransactionBundle, ids: readonly string[]) {
	const peer = createMedplumPeer();
	const first = await peer.request('POST', '/', bundle);
	const replay = await peer.request('POST', '/', bundle);
	const copies = await Promise.all(
		ids.map(async (id) => {
			const found = await peer.request('GET', byIdentifier(id));
			return ((found.body as { entry?: unknown[] }).entry ?? []).length;
		})
	);
	return { first, replay, copies };
}

describe('the Bundles the app sends, against Medplum', () => {
	it.each(LINKS)(
		'are accepted from %s, every entry created',
		async (_, link) => {
			const { ids, bundle } = appBundle(link, MEDPLUM_STRICT_LIMIT);
			const { first } = await postTwiceToMedplum(bundle, ids);
			expect(errorsOf(first.outcome)).toEqual([]);
			expect(first.status).toBe(200);
			expect(statuses(first.body)).toHaveLength(ids.length);
			for (const status of statuses(first.body)) expect(status).toMatch(/^201\b/);
		},
		30_000
	);

	it.each(LINKS)(
		'are not doubled by a replay, from %s',
		async (_, link) => {
			const { ids, bundle } = appBundle(link, MEDPLUM_STRICT_LIMIT);
			const { replay, copies } = await postTwiceToMedplum(bundle, ids);
			for (const status of statuses(replay.body)) expect(status).toMatch(/^200\b/);
			expect(copies).toEqual(ids.map(() => 1));
		},
		30_000
	);

	it.each(LINKS)(
		'are not doubled by a replay once each entry has a fullUrl of its own, from %s',
		async (_, link) => {
			const { ids, bundle } = appBundle(link, MEDPLUM_STRICT_LIMIT);
			const { first, replay, copies } = await postTwiceToMedplum(withOwnFullUrls(bundle), ids);
			for (const status of statuses(first.body)) expect(status).toMatch(/^201\b/);
			for (const status of statuses(replay.body)) expect(status).toMatch(/^200\b/);
			expect(copies).toEqual(ids.map(() => 1));
		},
		30_000
	);

	it.each(LINKS)('hold only valid R4 resources, from %s', (_, link) => {
		const { bundle } = appBundle(link, 50);
		expect(fhirErrors(bundle)).toEqual([]);
		for (const entry of bundle.entry) expect(fhirErrors(entry.resource)).toEqual([]);
	});

	it('are refused as a whole when larger than Medplum takes, naming no entry', async () => {
		const { bundle } = appBundle(LINKS[0]![1], MEDPLUM_STRICT_LIMIT + 1);
		const refused = await createMedplumPeer().request('POST', '/', bundle);
		expect(refused.status).toBe(400);
		expect(JSON.stringify(refused.outcome)).not.toContain('entry[');
	}, 30_000);

	it("all reach Medplum through the app's pusher, which splits once and then remembers", async () => {
		const peer = createMedplumPeer();
		const app = new AppWorld();
		const token = 'x'.repeat(43);
		try {
			const patient = { id: PATIENT_ID, givenName: 'Sam', familyName: 'Jones' };
			await app.link(patient, { token, deviceId: 'device-1' }, 'patient', now);
			const enqueue = async (from: number) => {
				const ids = Array.from({ length: 30 }, (_, index) => recordId(from + index));
				for (const id of ids) {
					const record = checkin(id, 4, now);
					const toResource = (owner: RecordLink) => checkinToObservation(record, owner);
					await enqueueRecord(app.db, 'checkins', record, toResource, now);
				}
				return ids;
			};
			const requests: Array<{ size: number; status: number }> = [];
			const fetchFromPeer = (async (input: RequestInfo | URL, init?: RequestInit) => {
				const body = (await new Request(input, init).json()) as TransactionBundle;
				const answer = await peer.request('POST', '/', body);
				requests.push({ size: body.entry.length, status: answer.status });
				return new Response(JSON.stringify(answer.status >= 400 ? answer.outcome : answer.body), {
					status: answer.status,
					headers: { 'content-type': 'application/fhir+json' }
				});
			}) as typeof fetch;
			const push = () =>
				pushOnce({
					db: app.db,
					fetch: fetchFromPeer,
					now: () => now,
					random: () => 0.5,
					fhirBase: FHIR_BASE,
					token
				});

			const firstIds = await enqueue(1);
			expect(await push()).toMatchObject({ outcome: 'done', sent: 30, quarantined: 0 });
			expect(requests[0]).toEqual({ size: 30, status: 400 });
			const accepted = requests.filter((request) => request.status === 200);
			expect(accepted.every((request) => request.size <= MEDPLUM_STRICT_LIMIT)).toBe(true);
			expect(accepted.reduce((sum, request) => sum + request.size, 0)).toBe(30);

			// The second run goes straight to Bundles Medplum takes: no request refused.
			const secondIds = await enqueue(101);
			requests.length = 0;
			expect(await push()).toMatchObject({ outcome: 'done', sent: 30, requests: 4 });
			expect(requests.map((request) => request.status)).toEqual([200, 200, 200, 200]);
			expect(requests.every((request) => request.size <= MEDPLUM_STRICT_LIMIT)).toBe(true);

			const stored = await peer.request('GET', '/Observation?_count=100');
			expect((stored.body as { entry?: unknown[] }).entry).toHaveLength(60);
			const states = (await app.db.outbox.toArray()).map((entry) => entry.state);
			expect(states).toEqual([...firstIds, ...secondIds].map(() => 'sent'));
		} finally {
			app.close();
		}
	}, 30_000);
});

describe('the same Bundles, against Tend', () => {
	it.each(LINKS)('are accepted from %s, and a replay stores nothing twice', async (_, link) => {
		const service = new ServiceWorld(() => now);
		try {
			const device = service.enrol(link.role);
			const { ids, bundle } = appBundle({ ...link, patientId: service.patient.id }, 50);
			const post = () =>
				service.serve(
					new Request(FHIR_BASE, {
						method: 'POST',
						headers: {
							'content-type': 'application/fhir+json',
							authorization: `Bearer ${device.token}`
						},
						body: JSON.stringify(bundle)
					})
				);

			const created = await post();
			expect(created.status).toBe(200);
			const body = await created.json();
			expect(body.type).toBe('transaction-response');
			expect(statuses(body)).toEqual(ids.map(() => '201 Created'));
			expect(fhirErrors(body)).toEqual([]);

			const replayed = await post();
			expect(replayed.status).toBe(200);
			expect(statuses(await replayed.json())).toEqual(ids.map(() => '200 OK'));
			const copies = service.storedCopies();
			for (const id of ids) expect(copies.get(identifierValue(id))).toHaveLength(1);

			const searchAs = async (token: string) => {
				const search = await service.serveFhir(
					new Request(`${FHIR_BASE}/Observation`, {
						headers: { authorization: `Bearer ${token}` }
					})
				);
				return search.json();
			};
			// The patient's own device finds every score; a carer's device none of them, even
			// those it sent: pain scores are not what a patient shares with a carer (H-011).
			const reader = link.role === 'patient' ? device : service.enrol('patient');
			const searchset = await searchAs(reader.token);
			expect(searchset.total).toBe(ids.length);
			expect(fhirErrors(searchset)).toEqual([]);
			if (link.role === 'carer') expect((await searchAs(device.token)).total).toBe(0);
		} finally {
			service.close();
		}
	});
});

describe("Tend's CapabilityStatement", () => {
	const statement = buildCapabilityStatement({ fhirBase: FHIR_BASE, version: '0.1.0', now });

	it('is valid R4 for the fhir package', () => {
		expect(fhirErrors(statement)).toEqual([]);
	});

	it('is valid R4 for Medplum', async () => {
		const stored = await createMedplumPeer().request('POST', '/CapabilityStatement', statement);
		expect(errorsOf(stored.outcome)).toEqual([]);
		expect(stored.status).toBe(201);
	}, 30_000);
});
