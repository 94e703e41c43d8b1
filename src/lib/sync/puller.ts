/**
 * Fetches what changed on the service since the last pull (DESIGN §4.5): for each type
 * the app reads, `GET <fhirBase>/<Type>?_lastUpdated=gt<lastPulledAt>`, following the
 * searchset's `next` links. Resources are stored as they came; the watermark moves only
 * after every page of a type is stored. The watermark is the server's own clock (the
 * searchset's meta.lastUpdated, else the newest resource), never the device's.
 */
import type { AppDb } from '$lib/db/app-db';
import { markRevoked, readEnrolment } from '$lib/enrolment/repo';
import type { EnrolmentRole } from '$lib/enrolment/types';
import { readLastPulledAt, storePulled } from './pull-repo';
import type { FhirResource } from './types';

/** The resource types the patient's own device reads from the service. */
export const PULLED_TYPES = ['CarePlan', 'Questionnaire', 'Task'] as const;

/**
 * The resource types each device reads. A carer's device also pulls Observations: the
 * service gives a carer only the flares the patient shared (docs/decisions.md D-020). The
 * patient's own device does not: its Observations are its own records, already on it,
 * and pulling them back would show each twice.
 */
export const PULLED_TYPES_BY_ROLE = {
	patient: PULLED_TYPES,
	carer: [...PULLED_TYPES, 'Observation']
} as const satisfies Record<EnrolmentRole, readonly string[]>;
const MAX_PAGES = 20;

export interface PullOptions {
	db: AppDb;
	fetch: typeof globalThis.fetch;
	now: () => Date;
	/** Absolute URL of the FHIR base. */
	fhirBase: string;
	token: string;
	/** The types to pull; by default, those of the device's role (PULLED_TYPES_BY_ROLE). */
	types?: readonly string[];
}

export type PullOutcome = 'done' | 'offline' | 'failed' | 'revoked';

export interface PullResult {
	outcome: PullOutcome;
	/** Resources stored, over all types. */
	stored: number;
	/** Types whose pull did not finish; their watermark did not move. */
	failedTypes: string[];
}

interface Searchset {
	resourceType: 'Bundle';
	meta?: { lastUpdated?: unknown };
	entry?: Array<{ resource?: unknown }>;
	link?: Array<{ relation?: unknown; url?: unknown }>;
}

type Page = { kind: 'ok'; bundle: Searchset } | { kind: 'offline' | 'failed' | 'revoked' };

async function getPage(options: PullOptions, url: string): Promise<Page> {
	let response: Response;
	try {
		response = await options.fetch(url, {
			headers: { Accept: 'application/fhir+json', Authorization: `Bearer ${options.token}` },
			credentials: 'omit',
			cache: 'no-store'
		});
	} catch {
		return { kind: 'offline' };
	}
	if (response.status === 401) return { kind: 'revoked' };
	if (!response.ok) return { kind: 'failed' };
	const body = (await response.json().catch(() => undefined)) as Searchset | undefined;
	return body?.resourceType === 'Bundle' ? { kind: 'ok', bundle: body } : { kind: 'failed' };
}

const isResource = (value: unknown, type: string): value is FhirResource =>
	!!value &&
	typeof value === 'object' &&
	(value as FhirResource).resourceType === type &&
	typeof (value as FhirResource).id === 'string';

/**
 * The next page's address; 'foreign' when it is on another origin than the FHIR base
 * (the token must not go there, and stopping short would skip resources).
 */
function nextUrl(bundle: Searchset, base: URL): string | 'foreign' | undefined {
	const next = bundle.link?.find((link) => link.relation === 'next')?.url;
	if (typeof next !== 'string') return undefined;
	const url = new URL(next, base);
	return url.origin === base.origin ? url.href : 'foreign';
}

/** The newest instant among the searchset's own time and its resources' lastUpdated. */
function watermarkOf(first: Searchset, resources: readonly FhirResource[]): string | undefined {
	const serverTime = first.meta?.lastUpdated;
	if (typeof serverTime === 'string') return serverTime;
	const times = resources
		.map((resource) => (resource.meta as { lastUpdated?: unknown } | undefined)?.lastUpdated)
		.filter((time): time is string => typeof time === 'string')
		.sort((a, b) => Date.parse(a) - Date.parse(b));
	return times.at(-1);
}

async function pullType(
	options: PullOptions,
	type: string
): Promise<{ outcome: PullOutcome; stored: number }> {
	const base = new URL(`${options.fhirBase.replace(/\/+$/, '')}/`);
	const since = await readLastPulledAt(options.db, type);
	const first = new URL(type, base);
	if (since) first.searchParams.set('_lastUpdated', `gt${since}`);

	const resources: FhirResource[] = [];
	let firstPage: Searchset | undefined;
	let url: string | undefined = first.href;
	for (let pages = 0; url && pages < MAX_PAGES; pages++) {
		const page = await getPage(options, url);
		if (page.kind !== 'ok') return { outcome: page.kind, stored: 0 };
		firstPage ??= page.bundle;
		for (const entry of page.bundle.entry ?? []) {
			if (isResource(entry.resource, type)) resources.push(entry.resource);
		}
		const next = nextUrl(page.bundle, base);
		if (next === 'foreign') return { outcome: 'failed', stored: 0 };
		url = next;
	}
	if (url) return { outcome: 'failed', stored: 0 }; // more pages than expected: try again later
	await storePulled(
		options.db,
		type,
		resources,
		firstPage && watermarkOf(firstPage, resources),
		options.now()
	);
	return { outcome: 'done', stored: resources.length };
}

/** Pulls every type; a type that fails keeps its old watermark and is tried next time. */
export async function pull(options: PullOptions): Promise<PullResult> {
	const result: PullResult = { outcome: 'done', stored: 0, failedTypes: [] };
	const role = (await readEnrolment(options.db))?.role ?? 'patient';
	for (const type of options.types ?? PULLED_TYPES_BY_ROLE[role]) {
		const { outcome, stored } = await pullType(options, type);
		result.stored += stored;
		if (outcome === 'revoked') {
			await markRevoked(options.db, options.now());
			return { ...result, outcome, failedTypes: [...result.failedTypes, type] };
		}
		if (outcome === 'offline')
			return { ...result, outcome, failedTypes: [...result.failedTypes, type] };
		if (outcome === 'failed') {
			result.outcome = 'failed';
			result.failedTypes.push(type);
		}
	}
	return result;
}
