/**
 * The only place that maps a care plan to and from FHIR R4 (DESIGN §3): a `CarePlan` with
 * its `Goal`s and `CareTeam` contained, and Tend extensions for what core CarePlan cannot
 * hold. The mapping table is in docs/decisions.md D-016.
 *
 * Invariants: content → FHIR → content is the identity; a new version keeps every
 * extension and top-level element of the version it replaces that Tend does not write
 * itself; the reader returns null, never throws, for anything it cannot read in full.
 * See: https://hl7.org/fhir/R4/careplan.html
 */
import type { FhirResource } from '$lib/sync/types';
import { EXTENSION, OWN_CARE_PLAN_EXTENSIONS } from './fhir-codes';
import {
	asObject,
	complexExtension,
	extensionsOf,
	hasModifierExtension,
	objects,
	optionalString,
	stringExtensions,
	stringValues,
	text,
	valueOf,
	type Json
} from './fhir-json';
import { readParts, writeActivities, writeContained } from './fhir-parts';
import { readSchedule, writeSchedule } from './fhir-schedule';
import { CarePlanContentSchema } from './schema';
import { FLARE_LISTS, type CarePlanContent, type CarePlanVersion } from './types';

/** What a published plan needs besides its content. */
export interface CarePlanPublication {
	/** The service's patient id; empty for a self-guided person's own plan. */
	patientId: string;
	/** Shown to the person as who updated the plan, e.g. "Sam Patel, Physiotherapist". */
	authorName: string;
	/** The version being replaced, if any: its unknown extensions and fields are kept. */
	previous?: FhirResource;
}

const TITLE = 'Personalised care plan';
const SELF_GUIDED_SUBJECT = 'The person who wrote this plan (self-guided)';
/** Elements Tend writes itself. `text` is left out on purpose: an old narrative would be stale. */
const OWN_ELEMENTS = new Set([
	...['resourceType', 'id', 'meta', 'text', 'contained', 'extension', 'modifierExtension'],
	...['status', 'intent', 'title', 'subject', 'period', 'author', 'careTeam', 'goal', 'activity']
]);
const READABLE_INTENTS = new Set(['plan', 'order']);

/** A FHIR CarePlan (without id and meta, which the store sets) for `content`. */
export function carePlanToFhir(
	content: CarePlanContent,
	publication: CarePlanPublication
): FhirResource {
	// A self-guided person's own plan belongs to no patient record at a service.
	const patient = publication.patientId
		? { reference: `Patient/${publication.patientId}` }
		: { display: SELF_GUIDED_SUBJECT };
	const { contained, goal, careTeam } = writeContained(content, patient);
	const kept = carriedOver(publication.previous);
	const activity = writeActivities(content);
	const schedule = writeSchedule(content);
	const extension = [...writeExtensions(content), ...schedule.extensions, ...kept.extensions];
	return {
		resourceType: 'CarePlan',
		...kept.elements,
		...(contained.length > 0 ? { contained } : {}),
		...(extension.length > 0 ? { extension } : {}),
		status: 'active',
		intent: 'plan',
		title: TITLE,
		subject: patient,
		...(schedule.period ? { period: schedule.period } : {}),
		...(publication.authorName ? { author: { display: publication.authorName } } : {}),
		...(careTeam.length > 0 ? { careTeam } : {}),
		...(goal.length > 0 ? { goal } : {}),
		...(activity.length > 0 ? { activity } : {})
	};
}

/** What a new version keeps from the one it replaces: what Tend did not write itself. */
function carriedOver(previous: FhirResource | undefined): { elements: Json; extensions: Json[] } {
	if (!previous) return { elements: {}, extensions: [] };
	const elements = Object.fromEntries(
		Object.entries(previous).filter(([name]) => !OWN_ELEMENTS.has(name))
	);
	const { versionId: _version, lastUpdated: _updated, ...meta } = asObject(previous.meta) ?? {};
	if (Object.keys(meta).length > 0) elements.meta = meta;
	const extensions = objects(previous.extension).filter(
		(extension) => !OWN_CARE_PLAN_EXTENSIONS.has(String(extension.url))
	);
	return { elements, extensions };
}

function writeExtensions(content: CarePlanContent): Json[] {
	const { contact, pifu, flare } = content;
	return [
		...stringExtensions(EXTENSION.whatMatters, content.whatMatters),
		...(content.reviewDate ? [{ url: EXTENSION.reviewDate, valueDate: content.reviewDate }] : []),
		...stringExtensions(EXTENSION.reengagement, content.reengagement),
		...complexExtension(EXTENSION.serviceContact, [
			...(contact.phone ? [contactPoint('phone', contact.phone)] : []),
			...optionalString('hours', contact.hours),
			...(contact.email ? [contactPoint('email', contact.email)] : [])
		]),
		...complexExtension(
			EXTENSION.pifu,
			pifu
				? [
						{ url: 'windowEnd', valueDate: pifu.windowEnd },
						{ url: 'responseDays', valuePositiveInt: pifu.responseDays }
					]
				: []
		),
		...complexExtension(EXTENSION.flarePlan, [
			...FLARE_LISTS.flatMap((list) => stringExtensions(list, flare[list])),
			...(flare.contactAfterDays === null
				? []
				: [{ url: 'contactAfterDays', valuePositiveInt: flare.contactAfterDays }])
		]),
		...content.extraRedFlags.map((flag) => ({
			url: EXTENSION.extraRedFlag,
			extension: [
				{ url: 'id', valueId: flag.id },
				{ url: 'level', valueCode: flag.level },
				{ url: 'text', valueString: flag.text }
			]
		}))
	];
}

const contactPoint = (system: 'phone' | 'email', value: string) => ({
	url: system,
	valueContactPoint: { system, value }
});

/**
 * The plan in a pulled FHIR CarePlan, or null when it is not an active plan Tend can read
 * (the reason is not the person's to act on; the previous plan stays shown).
 */
export function carePlanFromFhir(resource: unknown): CarePlanVersion | null {
	const plan = asObject(resource);
	if (plan?.resourceType !== 'CarePlan' || plan.status !== 'active') return null;
	if (!READABLE_INTENTS.has(String(plan.intent)) || hasModifierExtension(plan)) return null;
	const meta = asObject(plan.meta);
	const planId = text(plan.id);
	const updatedAt = text(meta?.lastUpdated);
	// Without a time Tend could not tell this version from an older one.
	if (!planId || !updatedAt || Number.isNaN(Date.parse(updatedAt))) return null;
	const parts = readParts(plan);
	if (!parts) return null;
	const checked = CarePlanContentSchema.safeParse({
		...parts,
		...readExtensions(plan),
		...readSchedule(plan)
	});
	if (!checked.success) return null;
	return {
		source: 'service',
		planId,
		versionId: text(meta?.versionId) ?? updatedAt,
		updatedAt,
		authorName: text(asObject(plan.author)?.display) ?? '',
		content: checked.data
	};
}

/** The extension-borne fields, not yet checked: the schema decides. */
function readExtensions(plan: Json) {
	const contact = extensionsOf(plan, EXTENSION.serviceContact)[0] ?? null;
	const pifu = extensionsOf(plan, EXTENSION.pifu)[0] ?? null;
	const flare = extensionsOf(plan, EXTENSION.flarePlan)[0] ?? null;
	const contactValue = (system: string) =>
		text(asObject(valueOf(contact, system, 'ContactPoint'))?.value) ?? '';
	return {
		whatMatters: stringValues(plan, EXTENSION.whatMatters),
		reviewDate: valueOf(plan, EXTENSION.reviewDate, 'Date') ?? null,
		reengagement: stringValues(plan, EXTENSION.reengagement),
		contact: {
			phone: contactValue('phone'),
			hours: text(valueOf(contact, 'hours', 'String')) ?? '',
			email: contactValue('email')
		},
		pifu: pifu
			? {
					windowEnd: valueOf(pifu, 'windowEnd', 'Date'),
					responseDays: valueOf(pifu, 'responseDays', 'PositiveInt')
				}
			: null,
		flare: {
			...Object.fromEntries(FLARE_LISTS.map((list) => [list, stringValues(flare, list)])),
			contactAfterDays: valueOf(flare, 'contactAfterDays', 'PositiveInt') ?? null
		},
		extraRedFlags: extensionsOf(plan, EXTENSION.extraRedFlag).map((flag) => ({
			id: valueOf(flag, 'id', 'Id'),
			level: valueOf(flag, 'level', 'Code'),
			text: valueOf(flag, 'text', 'String')
		}))
	};
}
