/**
 * What an answer from the service means for the records it concerns (DESIGN §4):
 * 2xx sent; a network error, 408, 429 or 5xx is worth retrying; 401 means this device's
 * token no longer works (revoked or unlinked), so nothing is sent until the person acts;
 * any other 4xx is a refusal of what was sent, so the record is quarantined, never deleted.
 * Anything else (1xx, 3xx, unknown) is retried: only a clear refusal quarantines.
 */

export type Disposition = 'sent' | 'retry' | 'quarantine' | 'revoked';

/** What came back from one request: a response with a status, or no response at all. */
export type Transport =
	{ kind: 'network-error'; message: string } | { kind: 'response'; status: number };

/** The disposition for an HTTP status. */
export function classifyStatus(status: number): Disposition {
	if (status >= 200 && status < 300) return 'sent';
	if (status === 401) return 'revoked';
	if (status === 408 || status === 429) return 'retry';
	if (status >= 400 && status < 500) return 'quarantine';
	return 'retry';
}

/** The disposition for a response, or for a request that got no response. */
export function classify(transport: Transport): Disposition {
	return transport.kind === 'network-error' ? 'retry' : classifyStatus(transport.status);
}

interface Issue {
	severity?: unknown;
	code?: unknown;
	diagnostics?: unknown;
	details?: { text?: unknown; coding?: Array<{ code?: unknown; display?: unknown }> };
	expression?: unknown;
	location?: unknown;
}

/** Whether a body is a FHIR OperationOutcome (the service's shape for every error). */
export function isOperationOutcome(
	body: unknown
): body is { resourceType: 'OperationOutcome'; issue: Issue[] } {
	if (!body || typeof body !== 'object') return false;
	const record = body as { resourceType?: unknown; issue?: unknown };
	return record.resourceType === 'OperationOutcome' && Array.isArray(record.issue);
}

/** The issues of an OperationOutcome; none for anything else. */
export function outcomeIssues(body: unknown): Issue[] {
	return isOperationOutcome(body)
		? body.issue.filter((issue) => issue && typeof issue === 'object')
		: [];
}

const text = (value: unknown): string | undefined =>
	typeof value === 'string' && value.trim() ? value.trim() : undefined;

/** The reason one issue gives: diagnostics, then details text, then the coded reason. */
export function issueReason(issue: Issue): string | undefined {
	const coding = Array.isArray(issue.details?.coding) ? issue.details.coding[0] : undefined;
	return (
		text(issue.diagnostics) ??
		text(issue.details?.text) ??
		text(coding?.display) ??
		text(coding?.code) ??
		text(issue.code)
	);
}

/**
 * The reason an OperationOutcome gives for refusing a request, from its first issue that
 * has one; undefined when the body is not an OperationOutcome or says nothing.
 */
export function outcomeReason(body: unknown): string | undefined {
	for (const issue of outcomeIssues(body)) {
		const reason = issueReason(issue);
		if (reason) return reason;
	}
	return undefined;
}
