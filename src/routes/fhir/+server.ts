import { methodNotAllowed, notImplemented, outcomeResponse } from '$lib/server/fhir/outcome';
import type { RequestHandler } from './$types';

// Transaction Bundles are posted here; the handler comes with the next step of the FHIR API.
export const POST: RequestHandler = () =>
	outcomeResponse(notImplemented('Transactions are not supported yet.'));

export const fallback: RequestHandler = ({ request }) =>
	outcomeResponse(methodNotAllowed(request.method), { allow: 'POST' });
