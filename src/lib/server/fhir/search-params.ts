import { DATE_TIME } from './datatypes';
import { badRequest, type FhirOutcome } from './outcome';
import type { InstantComparator, ResourceQuery } from './resource-repo';

/**
 * The search parameters Tend understands: `_lastUpdated` (gt, ge, lt, le; repeatable, all
 * must hold) and `identifier` (`system|value` or `value`). Others are ignored, as FHIR
 * allows, and left out of the self link so a client can see what was applied.
 *
 * A `_lastUpdated` with a time is compared as an instant — for `gt` that is more inclusive
 * than FHIR's precision ranges, on purpose: a puller that truncates its last-seen time to
 * the second gets a resource twice rather than never. A date alone (`2025-03-01`) stands
 * for the whole day, month or year, as FHIR says.
 * See: https://hl7.org/fhir/R4/search.html#date
 */

export type SearchQuery = Pick<ResourceQuery, 'lastUpdated' | 'identifier'>;

export type ParsedSearch =
	| { ok: true; query: SearchQuery; applied: [string, string][] }
	| { ok: false; result: FhirOutcome };

/** The query for URL search parameters, or a 400 naming the bad one. */
export function parseSearchParams(params: URLSearchParams): ParsedSearch {
	const lastUpdated: { comparator: InstantComparator; instant: string }[] = [];
	const applied: [string, string][] = [];
	for (const raw of params.getAll('_lastUpdated')) {
		const condition = parseLastUpdated(raw);
		if (!condition) {
			return {
				ok: false,
				result: badRequest(
					'_lastUpdated must be gt, ge, lt or le followed by a FHIR dateTime with a time zone.',
					'_lastUpdated'
				)
			};
		}
		lastUpdated.push(condition);
		applied.push(['_lastUpdated', raw]);
	}
	const identifiers = params.getAll('identifier');
	let identifier: SearchQuery['identifier'];
	if (identifiers.length > 0) {
		const raw = identifiers[0] ?? '';
		identifier = parseToken(raw) ?? undefined;
		if (identifiers.length > 1 || !identifier) {
			return {
				ok: false,
				result: badRequest('Give one identifier as <system>|<value> or <value>.', 'identifier')
			};
		}
		applied.push(['identifier', raw]);
	}
	return { ok: true, query: { lastUpdated, ...(identifier ? { identifier } : {}) }, applied };
}

/** `gt2025-03-01T09:00:00Z` as a condition on the stored instant, or null. */
export function parseLastUpdated(
	raw: string
): { comparator: InstantComparator; instant: string } | null {
	const match = /^(gt|ge|lt|le)(.+)$/.exec(raw);
	const prefix = match?.[1] as InstantComparator | undefined;
	const value = match?.[2];
	if (!prefix || !value || !DATE_TIME.test(value)) return null;
	if (value.includes('T')) {
		const time = Date.parse(value);
		return Number.isNaN(time)
			? null
			: { comparator: prefix, instant: new Date(time).toISOString() };
	}
	const [start, end] = dateRange(value);
	switch (prefix) {
		case 'gt':
			return { comparator: 'ge', instant: end };
		case 'ge':
			return { comparator: 'ge', instant: start };
		case 'lt':
			return { comparator: 'lt', instant: start };
		case 'le':
			return { comparator: 'lt', instant: end };
	}
}

/** The UTC start and (exclusive) end of a year, month or day. */
function dateRange(value: string): [string, string] {
	const [year = 0, month, day] = value.split('-').map(Number);
	const start = Date.UTC(year, (month ?? 1) - 1, day ?? 1);
	const end =
		day !== undefined
			? Date.UTC(year, (month ?? 1) - 1, day + 1)
			: month !== undefined
				? Date.UTC(year, month, 1)
				: Date.UTC(year + 1, 0, 1);
	return [new Date(start).toISOString(), new Date(end).toISOString()];
}

/** `system|value` or a bare `value`; null for `system|` or empty parts. */
function parseToken(raw: string): { system: string | null; value: string } | null {
	const bar = raw.indexOf('|');
	if (bar === -1) return raw ? { system: null, value: raw } : null;
	const system = raw.slice(0, bar);
	const value = raw.slice(bar + 1);
	return system && value ? { system, value } : null;
}
