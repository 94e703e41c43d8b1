import { getConfig } from '$lib/server/config';
import { readEndpoint } from '$lib/server/fhir/endpoints';
import { methodNotAllowed, outcomeResponse } from '$lib/server/fhir/outcome';
import { replyResponse } from '$lib/server/fhir/reply';
import { getStore } from '$lib/server/store/store';
import type { RequestHandler } from './$types';

/** Read one resource of the token's patient; another patient's is a 404. */
export const GET: RequestHandler = ({ request, params }) =>
	replyResponse(
		readEndpoint(getStore(), request, params.type, params.id, {
			now: new Date(),
			fhirBase: getConfig().fhirBaseUrl
		})
	);

export const fallback: RequestHandler = ({ request }) =>
	outcomeResponse(methodNotAllowed(request.method), { allow: 'GET, HEAD' });
