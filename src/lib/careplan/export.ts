/**
 * "Download my plan (FHIR JSON)": a plan from the service exactly as it was received; the
 * person's own plan mapped to a FHIR CarePlan.
 */
import type { FhirResource } from '$lib/sync/types';
import { localIsoDate } from '$lib/i18n/dates';
import { carePlanToFhir } from './fhir';
import type { CarePlanVersion } from './types';

/** The download's file name, with the day it was made: "my-care-plan-2026-03-29.json". */
export function planFileName(now: Date, timeZone?: string): string {
	return `my-care-plan-${localIsoDate(now, timeZone)}.json`;
}

/**
 * The plan as FHIR JSON text. `received` is the service's resource as pulled; `patientId`
 * is the linked patient's id ('' when self-guided).
 */
export function planExportJson(
	plan: CarePlanVersion,
	received: FhirResource | null,
	patientId: string
): string {
	if (plan.source === 'service') {
		if (!received) throw new Error('The service plan as received is missing');
		return JSON.stringify(received, null, 2);
	}
	return JSON.stringify(carePlanToFhir(plan.content, { patientId, authorName: '' }), null, 2);
}
