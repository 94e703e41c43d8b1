/**
 * Outbox entries → a FHIR transaction Bundle of conditional creates, and the service's
 * answer → what happens to each entry. Invariant: an entry is marked sent only on a 2xx
 * for it, and quarantined only when the service clearly refused *that* entry; anything
 * unclear is retried, which is always safe because the service dedupes by identifier.
 * See: https://hl7.org/fhir/R4/http.html#transaction and DESIGN §4.
 */
import {
	classifyStatus,
	isOperationOutcome,
	issueReason,
	outcomeIssues,
	outcomeReason
} from './classify';
import type { FhirResource, OutboxEntry } from './types';

/** At most this many entries per Bundle (the service accepts 100; smaller keeps retries cheap). */
export const MAX_BUNDLE_ENTRIES = 50;
/** The identifier system for client UUIDs. */
export const IDENTIFIER_SYSTEM = 'urn:ietf:rfc:3986';

/** A record's identifier value, `urn:uuid:<id>`. */
export function identifierValue(id: string): string {
	return `urn:uuid:${id}`;
}

/** The conditional-create search that finds an earlier copy of the record. */
export function ifNoneExistFor(id: string): string {
	return `identifier=${IDENTIFIER_SYSTEM}|${identifierValue(id)}`;
}

/** Whether a resource carries the record's identifier (the service needs it to dedupe). */
export function hasRecordIdentifier(resource: FhirResource, id: string): boolean {
	// Most resources hold a list; some (QuestionnaireResponse) hold a single Identifier.
	const identifier = resource.identifier;
	const identifiers = Array.isArray(identifier) ? identifier : identifier ? [identifier] : [];
	return identifiers.some(
		(identifier: { system?: unknown; value?: unknown }) =>
			identifier?.system === IDENTIFIER_SYSTEM && identifier.value === identifierValue(id)
	);
}

/** Splits a list into groups of at most `size`, keeping the order. */
export function chunk<T>(items: readonly T[], size = MAX_BUNDLE_ENTRIES): T[][] {
	const groups: T[][] = [];
	for (let start = 0; start < items.length; start += size)
		groups.push(items.slice(start, start + size));
	return groups;
}

export interface TransactionBundle {
	resourceType: 'Bundle';
	type: 'transaction';
	entry: Array<{
		fullUrl: string;
		resource: FhirResource;
		request: { method: 'POST'; url: string; ifNoneExist: string };
	}>;
}

/** A transaction Bundle with one conditional create per entry, in order. */
export function buildTransaction(
	entries: ReadonlyArray<Pick<OutboxEntry, 'id' | 'resourceType' | 'resource'>>
): TransactionBundle {
	if (entries.length === 0 || entries.length > MAX_BUNDLE_ENTRIES) {
		throw new RangeError(
			`A Bundle holds 1 to ${MAX_BUNDLE_ENTRIES} entries, not ${entries.length}`
		);
	}
	return {
		resourceType: 'Bundle',
		type: 'transaction',
		entry: entries.map((entry) => ({
			// A fullUrl of its own, never the identifier's value: some servers (Medplum) rewrite
			// every string equal to a fullUrl, which would change the identifier and let a
			// replay be stored twice (hazard H-006).
			fullUrl: `urn:uuid:${crypto.randomUUID()}`,
			resource: entry.resource,
			request: { method: 'POST', url: entry.resourceType, ifNoneExist: ifNoneExistFor(entry.id) }
		}))
	};
}

/** Why an attempt failed; `message` is the service's own words, or empty. */
export interface Failure {
	status: number | null;
	message: string;
}

export type EntryVerdict =
	| { id: string; disposition: 'sent'; serverId?: string }
	| { id: string; disposition: 'retry'; failure: Failure }
	| { id: string; disposition: 'quarantine'; failure: Failure }
	/** Not judged (another entry sank the transaction): send again straight away. */
	| { id: string; disposition: 'resend' };

export type BundleVerdict =
	| { kind: 'entries'; entries: EntryVerdict[] }
	| { kind: 'retry'; failure: Failure; retryAfterMs?: number }
	| { kind: 'revoked'; failure: Failure }
	/** Refused as a whole without saying which entry: send smaller Bundles to find it. */
	| { kind: 'split'; failure: Failure };

/** What came back for one Bundle. */
export type BundleReply =
	| { kind: 'network-error'; message: string }
	| { kind: 'response'; status: number; body: unknown; retryAfterMs?: number };

// A 4xx with one of these refuses the request, not a record: a wrong address or format.
const ENDPOINT_STATUSES = new Set([404, 405, 406, 415]);
const POINTER = /^(?:Bundle\.)?entry\[(\d+)\]/;

/** The entries an OperationOutcome blames, by index, with the reason for each. */
export function blamedEntries(body: unknown, count: number): Map<number, string> {
	const blamed = new Map<number, string>();
	for (const issue of outcomeIssues(body)) {
		if (issue.severity === 'warning' || issue.severity === 'information') continue;
		const paths = [issue.expression, issue.location].flatMap((list) =>
			Array.isArray(list) ? list : []
		);
		for (const path of paths) {
			const match = typeof path === 'string' ? POINTER.exec(path) : null;
			const index = match ? Number(match[1]) : -1;
			if (index >= 0 && index < count && !blamed.has(index))
				blamed.set(index, issueReason(issue) ?? '');
		}
	}
	return blamed;
}

/** The leading number of a transaction-response status such as "201 Created". */
function entryStatus(value: unknown): number | undefined {
	const match = typeof value === 'string' ? /^\s*(\d{3})\b/.exec(value) : null;
	return match ? Number(match[1]) : undefined;
}

/** The resource id from a location such as "Observation/123/_history/1". */
export function idFromLocation(location: unknown): string | undefined {
	if (typeof location !== 'string') return undefined;
	const match = /(?:^|\/)[A-Z][A-Za-z]+\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[^/]+)?\/?$/.exec(
		location
	);
	return match?.[1];
}

interface ResponseEntry {
	resource?: { id?: unknown };
	response?: { status?: unknown; location?: unknown; outcome?: unknown };
}

function readEntry(id: string, entry: ResponseEntry | undefined): EntryVerdict {
	const status = entryStatus(entry?.response?.status);
	const message = outcomeReason(entry?.response?.outcome) ?? '';
	if (status === undefined)
		return { id, disposition: 'retry', failure: { status: null, message: 'unreadable entry' } };
	switch (classifyStatus(status)) {
		case 'sent': {
			const resourceId = typeof entry?.resource?.id === 'string' ? entry.resource.id : undefined;
			return {
				id,
				disposition: 'sent',
				serverId: resourceId ?? idFromLocation(entry?.response?.location)
			};
		}
		case 'quarantine':
			return { id, disposition: 'quarantine', failure: { status, message } };
		case 'retry':
		case 'revoked':
			return { id, disposition: 'retry', failure: { status, message } };
	}
}

function readSuccess(ids: readonly string[], status: number, body: unknown): BundleVerdict {
	const bundle = body as { resourceType?: unknown; type?: unknown; entry?: unknown } | undefined;
	const entries = Array.isArray(bundle?.entry) ? (bundle.entry as ResponseEntry[]) : undefined;
	const isResponse =
		bundle?.resourceType === 'Bundle' &&
		(bundle.type === 'transaction-response' || bundle.type === 'batch-response');
	// Without one answer per entry nothing can be known; retrying is safe, guessing is not.
	if (!isResponse || !entries || entries.length !== ids.length) {
		return { kind: 'retry', failure: { status, message: 'unreadable transaction-response' } };
	}
	return { kind: 'entries', entries: ids.map((id, index) => readEntry(id, entries[index])) };
}

function readRefusal(ids: readonly string[], status: number, body: unknown): BundleVerdict {
	const failure = { status, message: outcomeReason(body) ?? '' };
	// Only the FHIR service speaks OperationOutcome; a 4xx page from a proxy or captive
	// portal says nothing about the records.
	if (!isOperationOutcome(body)) return { kind: 'retry', failure };
	const blamed = blamedEntries(body, ids.length);
	if (blamed.size > 0) {
		return {
			kind: 'entries',
			entries: ids.map((id, index): EntryVerdict => {
				const reason = blamed.get(index);
				return reason === undefined
					? { id, disposition: 'resend' }
					: {
							id,
							disposition: 'quarantine',
							failure: { status, message: reason || failure.message }
						};
			})
		};
	}
	if (ENDPOINT_STATUSES.has(status)) return { kind: 'retry', failure };
	if (ids.length > 1) return { kind: 'split', failure };
	return {
		kind: 'entries',
		entries: ids.map((id) => ({ id, disposition: 'quarantine', failure }))
	};
}

/**
 * What to do with each entry of a Bundle, given what came back for it.
 * @param ids - the entries' ids, in the order they were in the Bundle
 */
export function readTransactionReply(ids: readonly string[], reply: BundleReply): BundleVerdict {
	if (reply.kind === 'network-error') {
		return { kind: 'retry', failure: { status: null, message: reply.message } };
	}
	const { status, body, retryAfterMs } = reply;
	switch (classifyStatus(status)) {
		case 'sent':
			return readSuccess(ids, status, body);
		case 'revoked':
			return { kind: 'revoked', failure: { status, message: outcomeReason(body) ?? '' } };
		case 'retry':
			return {
				kind: 'retry',
				failure: { status, message: outcomeReason(body) ?? '' },
				retryAfterMs
			};
		case 'quarantine':
			return readRefusal(ids, status, body);
	}
}
