import { FHIR_JSON, outcomeForStatus, outcomeResponse } from './outcome';

/** Whether a path belongs to the FHIR API. */
export function isFhirPath(pathname: string): boolean {
	return pathname === '/fhir' || pathname.startsWith('/fhir/');
}

/**
 * Last resort for the FHIR API: an error response that is not FHIR JSON (SvelteKit's own
 * error page or `{ message }` body) becomes an OperationOutcome with the same status, so a
 * FHIR client never has to read HTML.
 */
export function asFhirError(response: Response): Response {
	if (response.status < 400) return response;
	const type = response.headers.get('content-type') ?? '';
	if (type.startsWith(FHIR_JSON.split(';')[0] ?? '')) return response;
	return outcomeResponse(outcomeForStatus(response.status));
}
