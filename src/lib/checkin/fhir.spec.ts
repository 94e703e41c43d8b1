import { Fhir } from 'fhir';
import { describe, expect, it } from 'vitest';
import { hasRecordIdentifier } from '$lib/sync/bundle';
import { checkinToObservation } from './fhir';
import type { Checkin } from './types';

const fhir = new Fhir();
const checkin: Checkin = {
	id: '0f8fad5b-d9cb-469f-a165-70867728950e',
	score: 7,
	recordedAt: '2026-03-29T00:30:00.000Z'
};
const patient = { patientId: '6b1f3c1e-8d0a-4d55-9a57-3e2f0c1d2b4a', role: 'patient' as const };

function expectValid(resource: object) {
	const result = fhir.validate(resource);
	const errors = result.messages?.filter((message) => message.severity === 'error') ?? [];
	expect(errors).toEqual([]);
	expect(result.valid).toBe(true);
}

describe('checkinToObservation', () => {
	it('maps a patient’s pain score to a valid LOINC 72514-3 Observation', () => {
		const observation = checkinToObservation(checkin, patient);
		expect(observation).toEqual({
			resourceType: 'Observation',
			identifier: [{ system: 'urn:ietf:rfc:3986', value: `urn:uuid:${checkin.id}` }],
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
				coding: [
					{
						system: 'http://loinc.org',
						code: '72514-3',
						display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported'
					}
				],
				text: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported'
			},
			subject: { reference: `Patient/${patient.patientId}` },
			effectiveDateTime: '2026-03-29T00:30:00.000Z',
			valueInteger: 7,
			performer: [{ reference: `Patient/${patient.patientId}` }]
		});
		expectValid(observation);
		expect(hasRecordIdentifier(observation, checkin.id)).toBe(true);
	});

	it('leaves the performer to the service for a carer', () => {
		const observation = checkinToObservation(checkin, { ...patient, role: 'carer' });
		expect(observation.performer).toBeUndefined();
		expect(observation.subject).toEqual({ reference: `Patient/${patient.patientId}` });
		expectValid(observation);
	});

	it.each([0, 10])('keeps a score of %d as a whole number', (score) => {
		const observation = checkinToObservation({ ...checkin, score }, patient);
		expect(observation.valueInteger).toBe(score);
		expectValid(observation);
	});

	it('carries a note when there is one', () => {
		const observation = checkinToObservation({ ...checkin, note: 'After a long walk' }, patient);
		expect(observation.note).toEqual([{ text: 'After a long walk' }]);
		expectValid(observation);
	});

	it('is caught by the validator when broken (the check is real)', () => {
		const broken = { ...checkinToObservation(checkin, patient), status: 'done', valueInteger: '7' };
		expect(fhir.validate(broken).valid).toBe(false);
	});
});
