import { notFound, outcomeResponse } from '$lib/server/fhir/outcome';
import type { RequestHandler } from './$types';

// Every FHIR path without its own route answers with an OperationOutcome, never an HTML page.
// The path is not echoed back: it may hold identifiers.
export const fallback: RequestHandler = () =>
	outcomeResponse(notFound('There is no FHIR endpoint at this path.'));
