// Transaction Bundles for the ingest benchmark, shaped as the app sends them: pain score
// Observations (the check-in mapping, src/lib/checkin/fhir.ts), each a conditional create
// on its client UUID, with that UUID as fullUrl too (src/lib/sync/bundle.ts). Plain JavaScript: the benchmark runs in Node without a TypeScript step.
import { randomUUID } from 'node:crypto';

export const IDENTIFIER_SYSTEM = 'urn:ietf:rfc:3986';

/**
 * One pain score Observation for a patient.
 * @param {string} id - the record's client UUID
 * @param {string} patientId
 * @param {number} index - varies the score, time and note
 */
function painScore(id, patientId, index) {
	const patient = { reference: `Patient/${patientId}` };
	return {
		resourceType: 'Observation',
		identifier: [{ system: IDENTIFIER_SYSTEM, value: `urn:uuid:${id}` }],
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
		subject: patient,
		effectiveDateTime: new Date(Date.UTC(2026, 0, 1) + index * 3_600_000).toISOString(),
		valueInteger: index % 11,
		performer: [patient],
		...(index % 4 === 0 ? { note: [{ text: 'Worse after a long walk; slept badly' }] } : {})
	};
}

/**
 * A transaction Bundle of `size` new pain scores.
 * @param {string} patientId
 * @param {number} size
 * @param {number} first - index of the first record, for varied values
 */
export function painScoreBundle(patientId, size, first = 0) {
	return {
		resourceType: 'Bundle',
		type: 'transaction',
		entry: Array.from({ length: size }, (_, offset) => {
			const id = randomUUID();
			return {
				fullUrl: `urn:uuid:${id}`,
				resource: painScore(id, patientId, first + offset),
				request: {
					method: 'POST',
					url: 'Observation',
					ifNoneExist: `identifier=${IDENTIFIER_SYSTEM}|urn:uuid:${id}`
				}
			};
		})
	};
}

/**
 * `count` Bundles of `size`, as JSON text ready to send.
 * @param {string} patientId
 * @param {number} count
 * @param {number} size
 */
export function bundleBodies(patientId, count, size) {
	return Array.from({ length: count }, (_, index) =>
		JSON.stringify(painScoreBundle(patientId, size, index * size))
	);
}

/**
 * The pth percentile (0–100) of some numbers, nearest-rank.
 * @param {number[]} values
 * @param {number} p
 */
export function percentile(values, p) {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
	return sorted[rank - 1] ?? NaN;
}

/**
 * How many entries of a transaction-response were created (201), from its text.
 * @param {string} text
 */
export function createdIn(text) {
	return text.split('"status":"201 Created"').length - 1;
}
