/**
 * The flare log's contract, checked against a FHIR server that is not ours: the Bundles the
 * app builds for flares (the mapping, the outbox entry, the Bundle builder) are accepted by
 * Medplum's router, validating against R4, as conditional creates, and a replay stores
 * nothing twice — shared or not, with or without triggers and notes, from the patient's
 * device or a carer's.
 */
import { describe, expect, it } from 'vitest';
import { flareToObservation } from '$lib/flare/fhir';
import type { FlareLogEntry } from '$lib/flare/types';
import { fhirErrors } from '$lib/server/fhir/testing';
import { buildTransaction, IDENTIFIER_SYSTEM, identifierValue } from '$lib/sync/bundle';
import { createEntry } from '$lib/sync/outbox-state';
import type { RecordLink } from '$lib/sync/types';
import { createMedplumPeer } from '../support/medplum-peer';
import { recordId } from './sync-world';

const now = new Date('2026-04-10T12:00:00Z');
const PATIENT_ID = '6b1f3c1e-8d0a-4d55-9a57-3e2f0c1d2b4a';

const flare = (index: number): FlareLogEntry => ({
	id: recordId(index + 1),
	startedAt: new Date(now.getTime() - (index + 2) * 86_400_000).toISOString(),
	endedAt: new Date(now.getTime() - (index + 1) * 86_400_000).toISOString(),
	severity: index % 11,
	triggers: index % 2 === 0 ? ['Cold weather', 'A long drive; then gardening'] : [],
	whatIDid: index % 3 === 0 ? 'Rested, then paced the day' : '',
	whatHelped: index % 3 === 1 ? 'Heat pad' : '',
	send: true,
	createdAt: now.toISOString(),
	updatedAt: now.toISOString()
});

/** Up to 8 flares (Medplum's limit of conditional creates in one transaction). */
function appBundle(link: RecordLink, count = 8) {
	const entries = Array.from({ length: count }, (_, index) => {
		const entry = flare(index);
		const resource = flareToObservation(entry, link, { sharedWithCarer: index % 2 === 1 });
		return createEntry({ id: entry.id, table: 'flareLogs', resource, now });
	});
	return { ids: entries.map((entry) => entry.id), bundle: buildTransaction(entries) };
}

type ResponseBundle = { entry?: Array<{ response?: { status?: string } }> };
const statuses = (body: unknown) =>
	((body as ResponseBundle | undefined)?.entry ?? []).map((entry) => entry.response?.status ?? '');
const byIdentifier = (id: string) =>
	`/Observation?identifier=${encodeURIComponent(`${IDENTIFIER_SYSTEM}|${identifierValue(id)}`)}`;

const LINKS: Array<[string, RecordLink]> = [
	["the patient's own device", { patientId: PATIENT_ID, role: 'patient' }],
	["a carer's device (no performer)", { patientId: PATIENT_ID, role: 'carer' }]
];

describe('flare Bundles the app sends, against Medplum', () => {
	it.each(LINKS)(
		'are accepted from %s, each flare stored once even when replayed',
		async (_, link) => {
			const { ids, bundle } = appBundle(link);
			const peer = createMedplumPeer();
			const first = await peer.request('POST', '/', bundle);
			expect((first.outcome.issue ?? []).filter((issue) => issue.severity === 'error')).toEqual([]);
			expect(first.status).toBe(200);
			for (const status of statuses(first.body)) expect(status).toMatch(/^201\b/);
			const replay = await peer.request('POST', '/', bundle);
			for (const status of statuses(replay.body)) expect(status).toMatch(/^200\b/);
			for (const id of ids) {
				const found = await peer.request('GET', byIdentifier(id));
				expect((found.body as { entry?: unknown[] }).entry ?? []).toHaveLength(1);
			}
		},
		30_000
	);

	it('keep the shared-with-carer tag and every component as sent', async () => {
		const { ids, bundle } = appBundle(LINKS[0]![1], 2);
		const peer = createMedplumPeer();
		await peer.request('POST', '/', bundle);
		const found = await peer.request('GET', byIdentifier(ids[1]!));
		const [stored] = (
			(found.body as { entry?: Array<{ resource: Record<string, unknown> }> }).entry ?? []
		).map((entry) => entry.resource);
		expect((stored?.meta as { tag?: unknown }).tag).toEqual([
			expect.objectContaining({ system: 'urn:tend:sharing', code: 'shared-with-carer' })
		]);
		expect(stored?.effectivePeriod).toEqual(bundle.entry[1]!.resource.effectivePeriod);
		expect(stored?.component).toEqual(bundle.entry[1]!.resource.component);
	}, 30_000);

	it.each(LINKS)('hold only valid R4 resources, from %s', (_, link) => {
		const { bundle } = appBundle(link);
		expect(fhirErrors(bundle)).toEqual([]);
		for (const entry of bundle.entry) expect(fhirErrors(entry.resource)).toEqual([]);
	});
});
