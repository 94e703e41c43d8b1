/**
 * The only place that maps a care plan to and from FHIR R4 (DESIGN §3): a `CarePlan` with
 * its `Goal`s and `CareTeam` contained.
 */
import type { FhirResource } from '$lib/sync/types';
import type { CarePlanContent, CarePlanVersion } from './types';

/** What a published plan needs besides its content. */
export interface CarePlanPublication {
	patientId: string;
	/** Shown to the person as who updated the plan, e.g. "Sam Patel, Physiotherapist". */
	authorName: string;
	/** The version being replaced, if any: its unknown extensions and fields are kept. */
	previous?: FhirResource;
}

/** A FHIR CarePlan (without id and meta, which the store sets) for `content`. */
export function carePlanToFhir(
	_content: CarePlanContent,
	_publication: CarePlanPublication
): FhirResource {
	throw new Error('carePlanToFhir: not written yet');
}

/**
 * The plan in a pulled FHIR CarePlan, or null when it is not an active plan Tend can read
 * (the reason is not the person's to act on; the previous plan stays shown).
 */
export function carePlanFromFhir(_resource: unknown): CarePlanVersion | null {
	throw new Error('carePlanFromFhir: not written yet');
}
