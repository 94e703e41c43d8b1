import { randomUUID } from 'node:crypto';
import type { StoredResource } from './resource-repo';

/**
 * The Bundles the FHIR API answers with, and the version headers of a stored resource.
 * See: https://hl7.org/fhir/R4/bundle.html and https://hl7.org/fhir/R4/http.html#versioning
 */

/** Weak ETag of a version: `W/"3"`. */
export const etag = (stored: Pick<StoredResource, 'versionId'>) => `W/"${stored.versionId}"`;

/** `Observation/<id>/_history/<version>`. */
export const versionedLocation = (stored: StoredResource) =>
	`${stored.resourceType}/${stored.id}/_history/${stored.versionId}`;

/** `<base>/Observation/<id>`, or undefined without a base. */
export const fullUrl = (fhirBase: string, stored: StoredResource) =>
	fhirBase ? `${fhirBase}/${stored.resourceType}/${stored.id}` : undefined;

/** ETag and Last-Modified headers for a read. */
export function versionHeaders(stored: StoredResource): Record<string, string> {
	return { etag: etag(stored), 'last-modified': new Date(stored.lastUpdated).toUTCString() };
}

export interface TransactionOutcome {
	stored: StoredResource;
	created: boolean;
}

/** The `transaction-response` Bundle: one entry per request, in order. */
export function transactionResponse(
	outcomes: readonly TransactionOutcome[],
	fhirBase: string,
	now: Date
) {
	return {
		resourceType: 'Bundle',
		id: randomUUID(),
		meta: { lastUpdated: now.toISOString() },
		type: 'transaction-response',
		entry: outcomes.map(({ stored, created }) => ({
			...withFullUrl(fhirBase, stored),
			resource: stored.resource,
			response: {
				status: created ? '201 Created' : '200 OK',
				location: versionedLocation(stored),
				etag: etag(stored),
				lastModified: stored.lastUpdated
			}
		}))
	};
}

/** A `searchset` Bundle of every match (no paging), with its total and self link. */
export function searchset(
	matches: readonly StoredResource[],
	fhirBase: string,
	selfUrl: string,
	now: Date
) {
	return {
		resourceType: 'Bundle',
		id: randomUUID(),
		meta: { lastUpdated: now.toISOString() },
		type: 'searchset',
		total: matches.length,
		link: [{ relation: 'self', url: selfUrl }],
		entry: matches.map((stored) => ({
			...withFullUrl(fhirBase, stored),
			resource: stored.resource,
			search: { mode: 'match' }
		}))
	};
}

function withFullUrl(fhirBase: string, stored: StoredResource) {
	const url = fullUrl(fhirBase, stored);
	return url ? { fullUrl: url } : {};
}
