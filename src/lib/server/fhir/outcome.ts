/**
 * FHIR R4 OperationOutcome helpers: every error the FHIR API gives is one of these, with
 * the matching HTTP status. Diagnostics are for the developer of a client; they must never
 * carry patient data or internal details (no error messages, no SQL).
 * See: https://hl7.org/fhir/R4/operationoutcome.html and https://hl7.org/fhir/R4/http.html
 */

export type IssueSeverity = 'fatal' | 'error' | 'warning' | 'information';

/** R4 IssueType codes (required binding). */
export type IssueType =
	| 'invalid'
	| 'structure'
	| 'required'
	| 'value'
	| 'invariant'
	| 'security'
	| 'login'
	| 'unknown'
	| 'expired'
	| 'forbidden'
	| 'suppressed'
	| 'processing'
	| 'not-supported'
	| 'duplicate'
	| 'multiple-matches'
	| 'not-found'
	| 'deleted'
	| 'too-long'
	| 'code-invalid'
	| 'extension'
	| 'too-costly'
	| 'business-rule'
	| 'conflict'
	| 'transient'
	| 'lock-error'
	| 'no-store'
	| 'exception'
	| 'timeout'
	| 'incomplete'
	| 'throttled'
	| 'informational';

export interface Coding {
	system?: string;
	code?: string;
	display?: string;
}

export interface OperationOutcomeIssue {
	severity: IssueSeverity;
	code: IssueType;
	/** A machine-readable reason beyond the issue type, e.g. an enrolment error code. */
	details?: { coding?: Coding[]; text?: string };
	diagnostics?: string;
	expression?: string[];
}

export interface OperationOutcome {
	resourceType: 'OperationOutcome';
	issue: OperationOutcomeIssue[];
}

/** An OperationOutcome with the HTTP status it is sent with. */
export interface FhirOutcome {
	status: number;
	outcome: OperationOutcome;
}

export const FHIR_JSON = 'application/fhir+json; charset=utf-8';

/**
 * A one-issue OperationOutcome.
 * @param expression - FHIRPath of the element at fault, e.g. `Bundle.entry[2].resource.status`
 */
export function operationOutcome(
	severity: IssueSeverity,
	code: IssueType,
	diagnostics: string,
	expression?: string
): OperationOutcome {
	const issue: OperationOutcomeIssue = { severity, code, diagnostics };
	if (expression !== undefined) issue.expression = [expression];
	return { resourceType: 'OperationOutcome', issue: [issue] };
}

const error = (
	status: number,
	code: IssueType,
	diagnostics: string,
	expression?: string
): FhirOutcome => ({
	status,
	outcome: operationOutcome('error', code, diagnostics, expression)
});

/** 200: the request succeeded (for transaction entries). */
export const allOk = (): FhirOutcome => ({
	status: 200,
	outcome: operationOutcome('information', 'informational', 'All OK')
});

/** 400: the request or resource is malformed. */
export const badRequest = (diagnostics: string, expression?: string): FhirOutcome =>
	error(400, 'invalid', diagnostics, expression);

/** 401: no valid Bearer token. */
export const unauthorized = (diagnostics = 'A valid Bearer token is needed.'): FhirOutcome =>
	error(401, 'login', diagnostics);

/** 403: the token may not do this. */
export const forbidden = (diagnostics = 'Not allowed.', expression?: string): FhirOutcome =>
	error(403, 'forbidden', diagnostics, expression);

/** 404: no such resource or endpoint. */
export const notFound = (diagnostics = 'Not found.'): FhirOutcome =>
	error(404, 'not-found', diagnostics);

/** 405: the endpoint exists but not for this method. */
export const methodNotAllowed = (method: string): FhirOutcome =>
	error(405, 'not-supported', `Method ${method} is not allowed here.`);

/** 409: the request conflicts with the stored state. */
export const conflict = (diagnostics: string, expression?: string): FhirOutcome =>
	error(409, 'conflict', diagnostics, expression);

/** 412: a condition in the request does not hold (e.g. ifNoneExist does not name the resource). */
export const preconditionFailed = (diagnostics: string, expression?: string): FhirOutcome =>
	error(412, 'processing', diagnostics, expression);

/** 413: the body is larger than the service accepts. */
export const payloadTooLarge = (limitBytes: number): FhirOutcome =>
	error(413, 'too-costly', `The request body is larger than ${limitBytes} bytes.`);

/** 415: the body is not FHIR JSON. */
export const unsupportedMediaType = (): FhirOutcome =>
	error(415, 'not-supported', 'Send the body as application/fhir+json.');

/** 422: well-formed, but breaks a rule of the service or a profile. */
export const unprocessable = (diagnostics: string, expression?: string): FhirOutcome =>
	error(422, 'processing', diagnostics, expression);

/** 429: too many requests; the caller should wait (say how long in a Retry-After header). */
export const tooManyRequests = (): FhirOutcome =>
	error(429, 'throttled', 'Too many requests. Try again later.');

/** One FhirOutcome holding the issues of several, sent with the status of the first. */
export function combineOutcomes(outcomes: readonly FhirOutcome[]): FhirOutcome {
	const first = outcomes[0];
	if (!first) return badRequest('Bad request.');
	return {
		status: first.status,
		outcome: { resourceType: 'OperationOutcome', issue: outcomes.flatMap((o) => o.outcome.issue) }
	};
}

/** 500: something failed inside the service (details go to the log, never the client). */
export const serverError = (): FhirOutcome => error(500, 'exception', 'Internal error.');

/** 501: part of FHIR this service does not implement. */
export const notImplemented = (diagnostics: string): FhirOutcome =>
	error(501, 'not-supported', diagnostics);

/** 503: the service cannot answer now; retrying later may work. */
export const serviceUnavailable = (): FhirOutcome =>
	error(503, 'transient', 'The service is unavailable. Try again later.');

/** An OperationOutcome for any error status, for responses that lost theirs. */
export function outcomeForStatus(status: number): FhirOutcome {
	switch (status) {
		case 400:
			return badRequest('Bad request.');
		case 401:
			return unauthorized();
		case 403:
			return forbidden();
		case 404:
			return notFound();
		case 409:
			return conflict('The request conflicts with the stored state.');
		case 412:
			return preconditionFailed('A precondition of the request does not hold.');
		case 413:
			return error(413, 'too-costly', 'The request body is too large.');
		case 415:
			return unsupportedMediaType();
		case 429:
			return tooManyRequests();
		case 503:
			return serviceUnavailable();
		default:
			return status >= 400 && status < 500
				? error(status, 'processing', 'The request could not be processed.')
				: { ...serverError(), status: status >= 500 && status < 600 ? status : 500 };
	}
}

/** A FHIR JSON response, never cached (FHIR responses may hold patient data). */
export function fhirJson(
	body: unknown,
	status = 200,
	headers: Record<string, string> = {}
): Response {
	return new Response(JSON.stringify(body), {
		status,
		headers: { 'content-type': FHIR_JSON, 'cache-control': 'no-store', ...headers }
	});
}

/** The response for a FhirOutcome; a 401 says which scheme to use (RFC 6750). */
export function outcomeResponse(
	result: FhirOutcome,
	headers: Record<string, string> = {}
): Response {
	const extra = result.status === 401 ? { 'www-authenticate': 'Bearer', ...headers } : headers;
	return fhirJson(result.outcome, result.status, extra);
}
