/**
 * Tend's own codes for the flare log in FHIR, shared by the app's mapping (fhir.ts) and the
 * service, which shows a carer only the flares a patient shared (docs/decisions.md D-020).
 * No standard code says "a flare-up of persistent pain, as the patient logged it", so these
 * are local codes in Tend's code systems, each with a display and text for other readers.
 */

/** Tend's local codes (flare-up, and the parts of one). */
export const TEND_CODE_SYSTEM = 'urn:tend:code';
/** Tend's tags about who may see a resource. */
export const TEND_SHARING_SYSTEM = 'urn:tend:sharing';

export const FLARE_CODE = {
	system: TEND_CODE_SYSTEM,
	code: 'pain-flare-up',
	display: 'Pain flare-up'
} as const;

export const FLARE_COMPONENT_CODES = {
	trigger: { system: TEND_CODE_SYSTEM, code: 'flare-trigger', display: 'Suspected trigger' },
	whatIDid: { system: TEND_CODE_SYSTEM, code: 'flare-what-i-did', display: 'What I did' },
	whatHelped: { system: TEND_CODE_SYSTEM, code: 'flare-what-helped', display: 'What helped' }
} as const;

/** The tag on a flare the patient chose to share with their carer. */
export const SHARED_WITH_CARER_TAG = {
	system: TEND_SHARING_SYSTEM,
	code: 'shared-with-carer',
	display: 'Shared with the patient’s carer'
} as const;

interface Coded {
	coding?: unknown;
}

const hasCoding = (concept: unknown, wanted: { system: string; code: string }): boolean =>
	Array.isArray((concept as Coded | undefined)?.coding) &&
	((concept as Coded).coding as Array<{ system?: unknown; code?: unknown }>).some(
		(coding) => coding?.system === wanted.system && coding.code === wanted.code
	);

/** Whether a FHIR resource is a flare-log Observation. */
export function isFlareObservation(resource: object): boolean {
	const { resourceType, code } = resource as { resourceType?: unknown; code?: unknown };
	return resourceType === 'Observation' && hasCoding(code, FLARE_CODE);
}

/** Whether a resource carries the shared-with-carer tag. */
export function isTaggedSharedWithCarer(resource: object): boolean {
	const tags = ((resource as { meta?: unknown }).meta as { tag?: unknown } | undefined)?.tag;
	return (
		Array.isArray(tags) &&
		tags.some(
			(tag: { system?: unknown; code?: unknown }) =>
				tag?.system === SHARED_WITH_CARER_TAG.system && tag.code === SHARED_WITH_CARER_TAG.code
		)
	);
}
