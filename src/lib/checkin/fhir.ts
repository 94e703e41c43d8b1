/**
 * The only place that maps a pain score check-in to FHIR: an Observation of the LOINC
 * 0–10 verbal numeric pain rating, reported by the patient.
 * See: https://loinc.org/72514-3 and https://hl7.org/fhir/R4/observation.html
 */
import { IDENTIFIER_SYSTEM, identifierValue } from '$lib/sync/bundle';
import type { FhirResource, RecordLink } from '$lib/sync/types';
import type { Checkin } from './types';

export const PAIN_SCORE_LOINC = {
	system: 'http://loinc.org',
	code: '72514-3',
	display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported'
} as const;

const SURVEY_CATEGORY = {
	system: 'http://terminology.hl7.org/CodeSystem/observation-category',
	code: 'survey',
	display: 'Survey'
} as const;

/**
 * The Observation sent for a check-in. A carer's device leaves the performer out: the
 * service records the carer (RelatedPerson) as performer (docs/api.md).
 */
export function checkinToObservation(checkin: Checkin, link: RecordLink): FhirResource {
	const patient = { reference: `Patient/${link.patientId}` };
	return {
		resourceType: 'Observation',
		identifier: [{ system: IDENTIFIER_SYSTEM, value: identifierValue(checkin.id) }],
		status: 'final',
		category: [{ coding: [SURVEY_CATEGORY] }],
		code: { coding: [PAIN_SCORE_LOINC], text: PAIN_SCORE_LOINC.display },
		subject: patient,
		effectiveDateTime: checkin.recordedAt,
		valueInteger: checkin.score,
		...(link.role === 'patient' ? { performer: [patient] } : {}),
		...(checkin.note ? { note: [{ text: checkin.note }] } : {})
	};
}
