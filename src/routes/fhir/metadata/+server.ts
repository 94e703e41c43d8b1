import { getConfig } from '$lib/server/config';
import { buildCapabilityStatement } from '$lib/server/fhir/capability-statement';
import { fhirJson, methodNotAllowed, outcomeResponse } from '$lib/server/fhir/outcome';
import { APP_VERSION } from '$lib/server/version';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = () =>
	fhirJson(
		buildCapabilityStatement({
			fhirBase: getConfig().fhirBaseUrl,
			version: APP_VERSION,
			now: new Date()
		})
	);

export const fallback: RequestHandler = ({ request }) =>
	outcomeResponse(methodNotAllowed(request.method), { allow: 'GET, HEAD' });
