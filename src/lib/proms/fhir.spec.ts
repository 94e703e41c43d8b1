import { describe, expect, it } from 'vitest';
import { fhirErrors } from '$lib/server/fhir/testing';
import { IDENTIFIER_SYSTEM, hasRecordIdentifier } from '$lib/sync/bundle';
import {
	FLAG_SYSTEM,
	responseToFhir,
	SCORE_CODES,
	SCORE_SYSTEM,
	scoreCoding,
	scoreToObservation
} from './fhir';
import { responseFromFhir } from './fhir-read';
import { fixtureDefinition, fullResponse } from './test-support';
import type { Answer } from './types';

const definition = fixtureDefinition('all-types');
const PATIENT = { patientId: '6b1f3c1e-8d0a-4d55-9a57-3e2f0c1d2b4a', role: 'patient' } as const;
const CARER = { ...PATIENT, role: 'carer' } as const;
const at = new Date('2026-03-02T09:00:00Z');

describe('responseToFhir', () => {
	const response = fullResponse();
	const resource = responseToFhir(response, definition, PATIENT, ['safety-netting']);

	it('is valid R4 for the patient and for a carer, flagged or not', () => {
		expect(fhirErrors(resource)).toEqual([]);
		expect(fhirErrors(responseToFhir(response, definition, CARER))).toEqual([]);
	});

	it('carries identifier, canonical with version, authored, author, language and the flag', () => {
		expect(resource).toMatchObject({
			resourceType: 'QuestionnaireResponse',
			identifier: { system: IDENTIFIER_SYSTEM, value: `urn:uuid:${response.id}` },
			questionnaire: `${definition.url}|1.0.0`,
			status: 'completed',
			subject: { reference: `Patient/${PATIENT.patientId}` },
			author: { reference: `Patient/${PATIENT.patientId}` },
			authored: at.toISOString(),
			language: 'cy',
			meta: { tag: [{ system: FLAG_SYSTEM, code: 'safety-netting' }] }
		});
		expect(hasRecordIdentifier(resource, response.id)).toBe(true);
		expect(responseToFhir(response, definition, CARER)).not.toHaveProperty('author');
		expect(responseToFhir(response, definition, PATIENT)).not.toHaveProperty('meta');
	});

	it('nests items as the definition does, with typed answers and the text shown', () => {
		const items = resource.item as Array<Record<string, any>>;
		expect(items.map((item) => item.linkId)).toEqual([
			'mood',
			'pain',
			'pain.worse',
			'pain.detail',
			'weight',
			'started',
			'helps',
			'sleep',
			'sleep.hours'
		]);
		expect(items[0]?.item.map((item: { linkId: string }) => item.linkId)).toEqual([
			'mood.1',
			'mood.2',
			'mood.2.call'
		]);
		expect(items[0]?.item[0]).toEqual({
			linkId: 'mood.1',
			text: 'Eitem dalfan 1',
			answer: [
				{
					valueCoding: {
						system: 'http://loinc.org',
						code: 'LA6570-1',
						display: 'More than half the days'
					}
				}
			]
		});
		const values = Object.fromEntries(items.slice(1).map((item) => [item.linkId, item.answer]));
		expect(values).toMatchObject({
			pain: [{ valueInteger: 8 }],
			'pain.detail': [{ valueString: 'Worse at night,\nbetter with heat' }],
			weight: [{ valueDecimal: 71.5 }],
			started: [{ valueDate: '2025-11-03' }],
			helps: [{ valueCoding: { code: 'heat' } }, { valueCoding: { code: 'walk' } }],
			sleep: [{ valueBoolean: false }]
		});
	});

	it('leaves out hidden and unanswered questions, and groups left empty', () => {
		const partial = {
			...response,
			answers: {
				pain: [{ kind: 'integer', value: 2 } as Answer],
				'pain.detail': response.answers['pain.detail'] ?? []
			}
		};
		const items = responseToFhir(partial, definition, PATIENT).item as Array<{ linkId: string }>;
		expect(items.map((item) => item.linkId)).toEqual(['pain']);
	});

	it('refuses to map a response against another version of its questionnaire', () => {
		const other = { ...definition, version: '2.0.0' };
		expect(() => responseToFhir(response, other, PATIENT)).toThrow(/1\.0\.0/);
	});

	it('reads back to the same answers, flag and metadata', () => {
		expect(responseFromFhir(resource)).toEqual({
			id: response.id,
			questionnaire: response.questionnaire,
			authored: response.authored,
			language: 'cy',
			answers: response.answers,
			flags: ['safety-netting']
		});
	});

	it('reads nothing from a resource it did not write', () => {
		expect(responseFromFhir({ ...resource, status: 'in-progress' })).toBeNull();
		expect(responseFromFhir({ ...resource, questionnaire: definition.url })).toBeNull();
		expect(responseFromFhir({ ...resource, identifier: undefined })).toBeNull();
	});
});

describe('scoreToObservation', () => {
	const response = fullResponse();
	const observation = scoreToObservation(
		{
			id: '1d2c3b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
			code: SCORE_CODES.phq9Total,
			value: 12,
			unit: '{score}',
			response
		},
		PATIENT
	);

	it('is valid R4, with and without a unit, for the patient and a carer', () => {
		expect(fhirErrors(observation)).toEqual([]);
		const plain = scoreToObservation(
			{ id: 'a', code: SCORE_CODES.pegMean, value: 6.3, response },
			CARER
		);
		expect(fhirErrors(plain)).toEqual([]);
		expect(plain).not.toHaveProperty('performer');
		expect(plain.valueQuantity).toEqual({ value: 6.3 });
	});

	it('is derived from the response, effective when it was authored', () => {
		expect(observation).toMatchObject({
			code: { coding: [{ system: 'http://loinc.org', code: '44261-6' }] },
			effectiveDateTime: response.authored,
			valueQuantity: {
				value: 12,
				unit: '{score}',
				system: 'http://unitsofmeasure.org',
				code: '{score}'
			},
			derivedFrom: [
				{
					type: 'QuestionnaireResponse',
					identifier: { system: IDENTIFIER_SYSTEM, value: `urn:uuid:${response.id}` }
				}
			]
		});
	});

	it('uses the public LOINC codes', () => {
		expect([
			SCORE_CODES.phq9Total.code,
			SCORE_CODES.gad7Total.code,
			SCORE_CODES.pegMean.code
		]).toEqual(['44261-6', '70274-6', '91147-9']);
	});

	it('gives a coded score as a string value (the EQ-5D-5L profile)', () => {
		const profile = scoreToObservation(
			{ id: 'b', code: scoreCoding('eq-5d-5l', 'profile', null), value: '21143', response },
			PATIENT
		);
		expect(fhirErrors(profile)).toEqual([]);
		expect(profile.valueString).toBe('21143');
		expect(profile).not.toHaveProperty('valueQuantity');
	});
});

describe('scoreCoding', () => {
	it("uses LOINC where the code is public, and Tend's own code otherwise", () => {
		expect(scoreCoding('phq-9', 'total', '44261-6')).toEqual(SCORE_CODES.phq9Total);
		expect(scoreCoding('pain-nrs', 'value', '72514-3').code).toBe('72514-3');
		expect(scoreCoding('bpi-sf', 'interference', null)).toEqual({
			system: SCORE_SYSTEM,
			code: 'bpi-sf-interference',
			display: 'bpi-sf interference'
		});
	});
});
