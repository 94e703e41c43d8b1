import { getConfig } from '$lib/server/config';
import { searchEndpoint } from '$lib/server/fhir/endpoints';
import { methodNotAllowed, outcomeResponse } from '$lib/server/fhir/outcome';
import { replyResponse } from '$lib/server/fhir/reply';
import { getStore } from '$lib/server/store/store';
import type { RequestHandler } from './$types';

/** Search within the token's patient: `?_lastUpdated=gt<instant>&identifier=<system>|<value>`. */
export const GET: RequestHandler = ({ request, params }) =>
	replyResponse(
		searchEndpoint(getStore(), request, params.type, {
			now: new Date(),
			fhirBase: getConfig().fhirBaseUrl
		})
	);

export const fallback: RequestHandler = ({ request }) =>
	outcomeResponse(methodNotAllowed(request.method), { allow: 'GET, HEAD' });
