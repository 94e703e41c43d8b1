import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Fhir } from 'fhir';

/** The patient id written in the fixtures under tests/fixtures/fhir. */
export const FIXTURE_PATIENT_ID = '0b5c3a57-7f3e-4c1e-9d0a-2f6b8e4d1c9a';

const FIXTURES = join(import.meta.dirname, '../../../../tests/fixtures/fhir');

/** A fixture Bundle from tests/fixtures/fhir, its subject changed to the given patient. */
export function loadFixture(
	name: string,
	patientId: string
): Record<string, unknown> & {
	entry: {
		fullUrl?: string;
		resource: Record<string, unknown>;
		request: Record<string, unknown>;
	}[];
} {
	const text = readFileSync(join(FIXTURES, `${name}.json`), 'utf8');
	return JSON.parse(text.replaceAll(FIXTURE_PATIENT_ID, patientId));
}

const fhir = new Fhir();

/** The R4 structural errors in a resource (empty when it is valid). */
export function fhirErrors(resource: unknown): string[] {
	return fhir
		.validate(resource as object)
		.messages.filter((message) => message.severity === 'error')
		.map((message) => `${message.location ?? ''}: ${message.message ?? ''}`);
}
