import { Fhir } from 'fhir';
import { describe, expect, it } from 'vitest';
import { hasRecordIdentifier, ifNoneExistFor } from '$lib/sync/bundle';
import { isFlareObservation, isTaggedSharedWithCarer } from './codes';
import { flareFromObservation, flareToObservation } from './fhir';
import type { FlareLogEntry } from './types';

const fhir = new Fhir();
const patient = { patientId: '6b1f3c1e-8d0a-4d55-9a57-3e2f0c1d2b4a', role: 'patient' as const };
const flare: FlareLogEntry = {
	id: '0f8fad5b-d9cb-469f-a165-70867728950e',
	startedAt: '2026-04-08T07:30:00.000Z',
	endedAt: '2026-04-09T19:05:00.000Z',
	severity: 8,
	triggers: ['Cold weather', 'Gardening'],
	whatIDid: 'Rested and paced the day',
	whatHelped: 'Heat pad',
	send: true,
	createdAt: '2026-04-08T08:00:00.000Z',
	updatedAt: '2026-04-09T19:10:00.000Z'
};

function expectValid(resource: object) {
	const result = fhir.validate(resource);
	const errors = result.messages?.filter((message) => message.severity === 'error') ?? [];
	expect(errors).toEqual([]);
	expect(result.valid).toBe(true);
}

const component = (code: string, display: string, valueString: string) => ({
	code: { coding: [{ system: 'urn:tend:code', code, display }], text: display },
	valueString
});

describe('flareToObservation', () => {
	it('maps an ended flare to a valid Observation over its period', () => {
		const observation = flareToObservation(flare, patient, { sharedWithCarer: false });
		expect(observation).toEqual({
			resourceType: 'Observation',
			identifier: [{ system: 'urn:ietf:rfc:3986', value: `urn:uuid:${flare.id}` }],
			status: 'final',
			category: [
				{
					coding: [
						{
							system: 'http://terminology.hl7.org/CodeSystem/observation-category',
							code: 'survey',
							display: 'Survey'
						}
					]
				}
			],
			code: {
				coding: [{ system: 'urn:tend:code', code: 'pain-flare-up', display: 'Pain flare-up' }],
				text: 'Pain flare-up'
			},
			subject: { reference: `Patient/${patient.patientId}` },
			effectivePeriod: { start: flare.startedAt, end: flare.endedAt },
			valueInteger: 8,
			performer: [{ reference: `Patient/${patient.patientId}` }],
			component: [
				component('flare-trigger', 'Suspected trigger', 'Cold weather'),
				component('flare-trigger', 'Suspected trigger', 'Gardening'),
				component('flare-what-i-did', 'What I did', 'Rested and paced the day'),
				component('flare-what-helped', 'What helped', 'Heat pad')
			]
		});
		expectValid(observation);
		expect(hasRecordIdentifier(observation, flare.id)).toBe(true);
		expect(ifNoneExistFor(flare.id)).toBe(`identifier=urn:ietf:rfc:3986|urn:uuid:${flare.id}`);
		expect(isFlareObservation(observation)).toBe(true);
		expect(isTaggedSharedWithCarer(observation)).toBe(false);
	});

	it('tags a flare the patient shares with their carer', () => {
		const observation = flareToObservation(flare, patient, { sharedWithCarer: true });
		expect(observation.meta).toEqual({
			tag: [
				{
					system: 'urn:tend:sharing',
					code: 'shared-with-carer',
					display: 'Shared with the patient’s carer'
				}
			]
		});
		expect(isTaggedSharedWithCarer(observation)).toBe(true);
		expectValid(observation);
	});

	it('leaves out components with nothing in them', () => {
		const bare = { ...flare, triggers: [], whatIDid: '', whatHelped: '' };
		const observation = flareToObservation(bare, patient, { sharedWithCarer: false });
		expect(observation.component).toBeUndefined();
		expectValid(observation);
	});

	it.each([0, 10])('keeps a severity of %d as a whole number', (severity) => {
		const observation = flareToObservation({ ...flare, severity }, patient, {
			sharedWithCarer: false
		});
		expect(observation.valueInteger).toBe(severity);
		expectValid(observation);
	});

	it('leaves the performer to the service on a carer’s device', () => {
		const observation = flareToObservation(
			flare,
			{ ...patient, role: 'carer' },
			{ sharedWithCarer: false }
		);
		expect(observation.performer).toBeUndefined();
		expectValid(observation);
	});

	it('never maps a flare still going (it is sent once ended)', () => {
		expect(() =>
			flareToObservation({ ...flare, endedAt: null }, patient, { sharedWithCarer: false })
		).toThrow(RangeError);
	});

	it('is caught by the validator when broken (the check is real)', () => {
		const observation = flareToObservation(flare, patient, { sharedWithCarer: false });
		expect(fhir.validate({ ...observation, effectivePeriod: { start: 'yesterday' } }).valid).toBe(
			false
		);
	});
});

describe('flareFromObservation', () => {
	const stored = (shared: boolean) => {
		const observation = flareToObservation(flare, patient, { sharedWithCarer: shared });
		return {
			...observation,
			id: 'server-id',
			meta: { ...(observation.meta as object), versionId: '1', lastUpdated: '2026-04-09T19:11:00Z' }
		};
	};

	it('reads back a shared flare as the carer sees it', () => {
		expect(flareFromObservation(stored(true))).toEqual({
			...flare,
			sharedWithCarer: true,
			createdAt: '2026-04-09T19:11:00.000Z',
			updatedAt: '2026-04-09T19:11:00.000Z'
		});
	});

	it.each<[string, unknown]>([
		['an unshared flare', stored(false)],
		[
			'a pain score check-in',
			{ ...stored(true), code: { coding: [{ system: 'http://loinc.org', code: '72514-3' }] } }
		],
		['a flare with no end', { ...stored(true), effectivePeriod: { start: flare.startedAt } }],
		['a flare with no severity', { ...stored(true), valueInteger: undefined }],
		['a flare with a severity that is not whole', { ...stored(true), valueInteger: 2.5 }],
		['another resource type', { ...stored(true), resourceType: 'ServiceRequest' }],
		['nothing', null]
	])('shows nothing for %s', (_, resource) => {
		expect(flareFromObservation(resource)).toBeNull();
	});
});
