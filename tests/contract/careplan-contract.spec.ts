/**
 * The care plan Tend publishes, checked against a FHIR server that is not ours: Medplum's
 * router, validating against R4 (invariants included), stores the example CarePlan and
 * one from a "newer service" and any plan the schema accepts, and gives back what Tend
 * reads as the same plan.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { carePlanFromFhir, carePlanToFhir } from '$lib/careplan/fhir';
import { arbitraryCarePlan, fullCarePlan } from '$lib/careplan/test-support';
import { fhirErrors } from '$lib/server/fhir/testing';
import { createMedplumPeer } from '../support/medplum-peer';

const fixture = (name: string) =>
	JSON.parse(readFileSync(`tests/fixtures/careplan/${name}.json`, 'utf8')) as Record<
		string,
		unknown
	>;
const errorsOf = (outcome: { issue?: Array<{ severity?: string }> }) =>
	(outcome.issue ?? []).filter((issue) => issue.severity === 'error');

describe('care plans, against Medplum', () => {
	it.each(['care-plan-full', 'care-plan-newer-service'])(
		'%s is valid R4 for both validators, stored, and read back as the same plan',
		async (name) => {
			const { id: _id, meta: _meta, ...resource } = fixture(name);
			expect(fhirErrors(resource)).toEqual([]);
			const peer = createMedplumPeer();
			const created = await peer.request('POST', '/CarePlan', resource);
			expect(errorsOf(created.outcome)).toEqual([]);
			expect(created.status).toBe(201);
			const read = await peer.request('GET', `/CarePlan/${created.body?.id}`);
			expect(carePlanFromFhir(read.body)?.content).toEqual(
				carePlanFromFhir(fixture(name))?.content
			);
		},
		30_000
	);

	it('takes a new version built over the newer service’s plan', async () => {
		const previous = fixture('care-plan-newer-service') as { resourceType: string };
		const next = carePlanToFhir(fullCarePlan(), {
			patientId: '0b5c3a57-7f3e-4c1e-9d0a-2f6b8e4d1c9a',
			authorName: 'Priya Shah',
			previous
		});
		const created = await createMedplumPeer().request('POST', '/CarePlan', next);
		expect(errorsOf(created.outcome)).toEqual([]);
		expect(carePlanFromFhir(created.body)?.content).toEqual(fullCarePlan());
	}, 30_000);

	it('takes any plan the schema accepts', async () => {
		const peer = createMedplumPeer();
		await fc.assert(
			fc.asyncProperty(arbitraryCarePlan, async (content) => {
				const resource = carePlanToFhir(content, { patientId: 'p-1', authorName: 'Priya Shah' });
				const created = await peer.request('POST', '/CarePlan', resource);
				expect(errorsOf(created.outcome)).toEqual([]);
			}),
			{ numRuns: 50 }
		);
	}, 30_000);
});
