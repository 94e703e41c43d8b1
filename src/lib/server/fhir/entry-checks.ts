import type { z } from 'zod';
import {
	badRequest,
	forbidden,
	preconditionFailed,
	unprocessable,
	type FhirOutcome
} from './outcome';
import { isWritableType, WRITABLE_SCHEMAS, type WritableType } from './schemas';

/**
 * The checks on one transaction entry, before anything is stored. Status by kind of fault:
 * 400 the entry is not valid FHIR or its request is malformed (including a missing or
 * unreadable ifNoneExist); 422 valid FHIR that Tend does not take (a method other than
 * POST, a resource type devices may not create); 412 the ifNoneExist identifier is not
 * among the resource's identifiers; 403 the resource names a patient other than the
 * token's. Each issue's `expression` names the entry, e.g. `Bundle.entry[3].resource.subject`.
 */

export interface TokenIdentifier {
	system: string;
	value: string;
}

/** An entry that passed every check, ready to store. */
export interface CheckedEntry {
	/** The entry's fullUrl (`urn:uuid:…`), which other entries may reference. */
	fullUrl: string | null;
	type: WritableType;
	identifier: TokenIdentifier;
	resource: Record<string, unknown>;
}

/** FHIRPath for a zod issue path under a base, e.g. `Bundle.entry[3].resource.subject`. */
export function fhirPath(base: string, path: readonly PropertyKey[]): string {
	return path.reduce<string>(
		(text, key) => (typeof key === 'number' ? `${text}[${key}]` : `${text}.${String(key)}`),
		base
	);
}

/** One 400 issue per zod issue, each pointing at its element. */
export function zodOutcomes(error: z.ZodError, base: string): FhirOutcome[] {
	return error.issues.map((issue) => badRequest(describeIssue(issue), fhirPath(base, issue.path)));
}

// The message names the rule, never the value sent (it may be clinical).
function describeIssue(issue: z.core.$ZodIssue): string {
	if (issue.code === 'invalid_type') return `Expected ${issue.expected}.`;
	if (issue.code === 'invalid_value') return `Must be one of: ${issue.values.join(', ')}.`;
	if (issue.code === 'too_small') return `Too few items or characters (at least ${issue.minimum}).`;
	if (issue.code === 'too_big') return `Too many items or characters (at most ${issue.maximum}).`;
	if (issue.code === 'unrecognized_keys') return 'Unknown element.';
	return issue.message;
}

/**
 * The identifier named by `ifNoneExist`: exactly `identifier=<system>|<value>`, either
 * part percent-encoded or not. Null when it is anything else.
 */
export function parseIfNoneExist(text: string): TokenIdentifier | null {
	let params: URLSearchParams;
	try {
		params = new URLSearchParams(text.replace(/\+/g, '%2B'));
	} catch {
		return null;
	}
	const keys = [...params.keys()];
	const token = params.get('identifier');
	if (keys.length !== 1 || token === null) return null;
	const bar = token.indexOf('|');
	if (bar < 1 || bar === token.length - 1) return null;
	return { system: token.slice(0, bar), value: token.slice(bar + 1) };
}

/** Whether the resource's `identifier` (a list, or one for QuestionnaireResponse) holds this one. */
export function hasIdentifier(resource: Record<string, unknown>, wanted: TokenIdentifier): boolean {
	const list = Array.isArray(resource.identifier) ? resource.identifier : [resource.identifier];
	return list.some(
		(item: unknown) =>
			typeof item === 'object' &&
			item !== null &&
			(item as Record<string, unknown>).system === wanted.system &&
			(item as Record<string, unknown>).value === wanted.value
	);
}

/**
 * Every `reference` naming a Patient anywhere in the resource, with its FHIRPath. Iterative:
 * the body's depth is already bounded, but nothing here should recurse on client data.
 */
export function patientReferences(
	resource: Record<string, unknown>,
	base: string
): { path: string; id: string }[] {
	const found: { path: string; id: string }[] = [];
	const stack: [unknown, string][] = [[resource, base]];
	while (stack.length > 0) {
		const [value, path] = stack.pop() as [unknown, string];
		if (value === null || typeof value !== 'object') continue;
		if (Array.isArray(value)) {
			value.forEach((item, index) => stack.push([item, `${path}[${index}]`]));
			continue;
		}
		for (const [key, child] of Object.entries(value)) {
			const match =
				key === 'reference' && typeof child === 'string' && /(?:^|\/)Patient\/([^/]*)/.exec(child);
			if (match) found.push({ path: `${path}.reference`, id: match[1] ?? '' });
			else stack.push([child, `${path}.${key}`]);
		}
	}
	return found.sort((a, b) => a.path.localeCompare(b.path));
}

/** Checks one entry; returns the problems, or the entry ready to store. */
export function checkEntry(
	entry: { fullUrl?: unknown; request: Record<string, unknown>; resource: Record<string, unknown> },
	index: number,
	patientId: string
): { ok: true; entry: CheckedEntry } | { ok: false; problems: FhirOutcome[] } {
	const at = `Bundle.entry[${index}]`;
	const fail = (...problems: FhirOutcome[]) => ({ ok: false as const, problems });
	const { request, resource } = entry;
	if (request.method !== 'POST') {
		return fail(
			unprocessable(
				'Tend takes only conditional creates (POST with ifNoneExist).',
				`${at}.request.method`
			)
		);
	}
	const type = resource.resourceType;
	if (!isWritableType(type)) {
		return fail(
			unprocessable(
				'Devices may create only Observation, QuestionnaireResponse and ServiceRequest.',
				`${at}.resource.resourceType`
			)
		);
	}
	if (request.url !== type) {
		return fail(badRequest(`request.url must be "${type}".`, `${at}.request.url`));
	}
	const identifier =
		typeof request.ifNoneExist === 'string' ? parseIfNoneExist(request.ifNoneExist) : null;
	if (identifier === null) {
		return fail(
			badRequest('ifNoneExist must be identifier=<system>|<value>.', `${at}.request.ifNoneExist`)
		);
	}
	const parsed = WRITABLE_SCHEMAS[type].safeParse(resource);
	if (!parsed.success) return fail(...zodOutcomes(parsed.error, `${at}.resource`));
	if (!hasIdentifier(resource, identifier)) {
		return fail(
			preconditionFailed(
				'The identifier in ifNoneExist is not among the resource’s identifiers.',
				`${at}.resource.identifier`
			)
		);
	}
	const subject = (resource.subject as { reference?: unknown }).reference;
	if (subject !== `Patient/${patientId}`) {
		return fail(
			forbidden('The subject must be Patient/<the token’s patient id>.', `${at}.resource.subject`)
		);
	}
	const others = patientReferences(resource, `${at}.resource`).filter(
		(ref) => ref.id !== patientId
	);
	if (others.length > 0) {
		return fail(
			...others.map((ref) => forbidden('This reference names another patient.', ref.path))
		);
	}
	const fullUrl = typeof entry.fullUrl === 'string' ? entry.fullUrl : null;
	return { ok: true, entry: { fullUrl, type, identifier, resource } };
}
