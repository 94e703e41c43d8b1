/**
 * The only place that maps a flare-log entry to and from FHIR: an Observation of Tend's
 * "pain flare-up" code over the flare's period, its worst pain 0–10 as the value, and the
 * suspected triggers, what the person did and what helped as text components. A flare the
 * patient shares with their carer carries the shared-with-carer tag in `meta.tag`.
 * See: https://hl7.org/fhir/R4/observation.html and docs/decisions.md D-019, D-020.
 */
import { IDENTIFIER_SYSTEM, identifierValue } from '$lib/sync/bundle';
import type { FhirResource, RecordLink } from '$lib/sync/types';
import {
	FLARE_CODE,
	FLARE_COMPONENT_CODES,
	isFlareObservation,
	isTaggedSharedWithCarer,
	SHARED_WITH_CARER_TAG
} from './codes';
import type { FlareLogEntry } from './types';

const SURVEY_CATEGORY = {
	system: 'http://terminology.hl7.org/CodeSystem/observation-category',
	code: 'survey',
	display: 'Survey'
} as const;

type ComponentCode = (typeof FLARE_COMPONENT_CODES)[keyof typeof FLARE_COMPONENT_CODES];

const component = (code: ComponentCode, valueString: string) => ({
	code: { coding: [code], text: code.display },
	valueString
});

/**
 * The Observation sent for an ended flare. A carer's device leaves the performer out (the
 * service records the carer), as for check-ins. An ongoing flare is never sent (D-019).
 * @throws RangeError for a flare still going
 */
export function flareToObservation(
	entry: FlareLogEntry,
	link: RecordLink,
	options: { sharedWithCarer: boolean }
): FhirResource {
	if (entry.endedAt === null) throw new RangeError('A flare still going is not sent');
	const patient = { reference: `Patient/${link.patientId}` };
	const components = [
		...entry.triggers.map((trigger) => component(FLARE_COMPONENT_CODES.trigger, trigger)),
		...(entry.whatIDid ? [component(FLARE_COMPONENT_CODES.whatIDid, entry.whatIDid)] : []),
		...(entry.whatHelped ? [component(FLARE_COMPONENT_CODES.whatHelped, entry.whatHelped)] : [])
	];
	return {
		resourceType: 'Observation',
		...(options.sharedWithCarer ? { meta: { tag: [SHARED_WITH_CARER_TAG] } } : {}),
		identifier: [{ system: IDENTIFIER_SYSTEM, value: identifierValue(entry.id) }],
		status: 'final',
		category: [{ coding: [SURVEY_CATEGORY] }],
		code: { coding: [FLARE_CODE], text: FLARE_CODE.display },
		subject: patient,
		effectivePeriod: { start: entry.startedAt, end: entry.endedAt },
		valueInteger: entry.severity,
		...(link.role === 'patient' ? { performer: [patient] } : {}),
		...(components.length > 0 ? { component: components } : {})
	};
}

interface ObservationShape {
	id?: unknown;
	meta?: { lastUpdated?: unknown };
	identifier?: Array<{ system?: unknown; value?: unknown }>;
	effectivePeriod?: { start?: unknown; end?: unknown };
	valueInteger?: unknown;
	component?: Array<{ code?: { coding?: Array<{ code?: unknown }> }; valueString?: unknown }>;
}

const isInstant = (value: unknown): value is string =>
	typeof value === 'string' && !Number.isNaN(Date.parse(value));

function clientId(observation: ObservationShape): string | null {
	const value = observation.identifier?.find((item) => item?.system === IDENTIFIER_SYSTEM)?.value;
	if (typeof value === 'string' && value.startsWith('urn:uuid:')) return value.slice(9);
	return typeof observation.id === 'string' ? observation.id : null;
}

/**
 * A flare the patient shared, as a carer's device pulled it; null for anything else (a
 * check-in, an unshared flare, a resource Tend cannot read), which is then never shown.
 */
export function flareFromObservation(resource: unknown): FlareLogEntry | null {
	if (!resource || typeof resource !== 'object') return null;
	const typed = resource as FhirResource & ObservationShape;
	if (!isFlareObservation(typed) || !isTaggedSharedWithCarer(typed)) return null;
	const { start, end } = typed.effectivePeriod ?? {};
	const severity = typed.valueInteger;
	const id = clientId(typed);
	if (!id || !isInstant(start) || !isInstant(end)) return null;
	if (typeof severity !== 'number' || !Number.isInteger(severity)) return null;
	const texts = (code: string) =>
		(typed.component ?? [])
			.filter((part) => part?.code?.coding?.some((coding) => coding?.code === code))
			.map((part) => part.valueString)
			.filter((text): text is string => typeof text === 'string' && text.length > 0);
	const updatedAt = new Date(
		isInstant(typed.meta?.lastUpdated) ? typed.meta.lastUpdated : end
	).toISOString();
	return {
		id,
		startedAt: new Date(start).toISOString(),
		endedAt: new Date(end).toISOString(),
		severity,
		triggers: texts(FLARE_COMPONENT_CODES.trigger.code),
		whatIDid: texts(FLARE_COMPONENT_CODES.whatIDid.code).join('\n'),
		whatHelped: texts(FLARE_COMPONENT_CODES.whatHelped.code).join('\n'),
		send: true,
		sharedWithCarer: true,
		createdAt: updatedAt,
		updatedAt
	};
}
