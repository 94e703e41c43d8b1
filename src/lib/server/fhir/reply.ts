import { fhirJson, type FhirOutcome } from './outcome';

/** What a FHIR handler answers, before it becomes a Response. */
export interface FhirReply {
	status: number;
	body: object;
	headers?: Record<string, string>;
}

/** A FhirOutcome as a reply, with extra headers (e.g. Retry-After). */
export function outcomeReply(result: FhirOutcome, headers?: Record<string, string>): FhirReply {
	return { status: result.status, body: result.outcome, ...(headers ? { headers } : {}) };
}

/** The Response for a reply: FHIR JSON, never cached; a 401 says to use a Bearer token. */
export function replyResponse(reply: FhirReply): Response {
	const headers = { ...reply.headers };
	if (reply.status === 401) headers['www-authenticate'] ??= 'Bearer';
	return fhirJson(reply.body, reply.status, headers);
}
