/**
 * The questionnaire results' contract, checked against a FHIR server that is not ours: a
 * completed response (every question type, nested groups, flagged) and its score
 * Observations, as the outbox would send them, are valid R4 for the `fhir` package and
 * accepted by Medplum's router as conditional creates in one transaction; a replay stores
 * nothing twice — from the patient's device or a carer's.
 */
import { describe, expect, it } from 'vitest';
import { responseToFhir, SCORE_CODES, scoreToObservation } from '$lib/proms/fhir';
import { fixtureDefinition, fullResponse } from '$lib/proms/test-support';
import { fhirErrors } from '$lib/server/fhir/testing';
import { buildTransaction, IDENTIFIER_SYSTEM, identifierValue } from '$lib/sync/bundle';
import { createEntry } from '$lib/sync/outbox-state';
import type { RecordLink } from '$lib/sync/types';
import { createMedplumPeer } from '../support/medplum-peer';
import { FHIR_BASE, recordId, ServiceWorld } from './sync-world';

const now = new Date('2026-03-02T09:10:00Z');
const PATIENT_ID = '6b1f3c1e-8d0a-4d55-9a57-3e2f0c1d2b4a';
const definition = fixtureDefinition('all-types');

/** One response and two scores derived from it, in one Bundle. */
function appBundle(link: RecordLink) {
	const response = fullResponse(recordId(1));
	const resources = [
		{ id: response.id, resource: responseToFhir(response, definition, link, ['safety-netting']) },
		{
			id: recordId(2),
			resource: scoreToObservation(
				{ id: recordId(2), code: SCORE_CODES.phq9Total, value: 12, unit: '{score}', response },
				link
			)
		},
		{
			id: recordId(3),
			resource: scoreToObservation(
				{ id: recordId(3), code: SCORE_CODES.pegMean, value: 6.3, response },
				link
			)
		}
	];
	const entries = resources.map(({ id, resource }) =>
		createEntry({ id, table: 'promResponses', resource, now })
	);
	return { resources, bundle: buildTransaction(entries) };
}

type ResponseBundle = { entry?: Array<{ response?: { status?: string } }> };
const statuses = (body: unknown) =>
	((body as ResponseBundle | undefined)?.entry ?? []).map((entry) => entry.response?.status ?? '');
const search = (type: string, id: string) =>
	`/${type}?identifier=${encodeURIComponent(`${IDENTIFIER_SYSTEM}|${identifierValue(id)}`)}`;

const LINKS: Array<[string, RecordLink]> = [
	["the patient's own device", { patientId: PATIENT_ID, role: 'patient' }],
	["a carer's device (no author)", { patientId: PATIENT_ID, role: 'carer' }]
];

describe('questionnaire results the app sends, against Medplum', () => {
	it.each(LINKS)('are valid R4 from %s', (_, link) => {
		for (const { resource } of appBundle(link).resources) expect(fhirErrors(resource)).toEqual([]);
	});

	it.each(LINKS)(
		'are accepted from %s, each stored once even when replayed',
		async (_, link) => {
			const { resources, bundle } = appBundle(link);
			const peer = createMedplumPeer();
			const first = await peer.request('POST', '/', bundle);
			expect(first.outcome.issue?.filter((issue) => issue.severity === 'error') ?? []).toEqual([]);
			expect(first.status).toBe(200);
			expect(statuses(first.body)).toHaveLength(3);
			for (const status of statuses(first.body)) expect(status).toMatch(/^201\b/);
			const replay = await peer.request('POST', '/', bundle);
			for (const status of statuses(replay.body)) expect(status).toMatch(/^200\b/);
			for (const { id, resource } of resources) {
				const found = await peer.request('GET', search(resource.resourceType, id));
				expect((found.body as { entry?: unknown[] }).entry ?? []).toHaveLength(1);
			}
		},
		30_000
	);
});

describe('the same questionnaire results, against Tend', () => {
	it.each(LINKS)('are stored once from %s, and a replay stores nothing twice', async (_, link) => {
		const service = new ServiceWorld(() => now);
		try {
			const device = service.enrol(link.role);
			const { resources, bundle } = appBundle({ ...link, patientId: service.patient.id });
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
			const body = await created.json();
			expect(created.status, JSON.stringify(body)).toBe(200);
			expect(statuses(body)).toEqual(resources.map(() => '201 Created'));

			const replayed = await post();
			expect(replayed.status).toBe(200);
			expect(statuses(await replayed.json())).toEqual(resources.map(() => '200 OK'));
			const copies = service.storedCopies();
			for (const { id } of resources) expect(copies.get(identifierValue(id))).toHaveLength(1);
		} finally {
			service.close();
		}
	});
});
