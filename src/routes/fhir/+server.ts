import { getConfig } from '$lib/server/config';
import { transactionEndpoint } from '$lib/server/fhir/endpoints';
import { methodNotAllowed, outcomeResponse } from '$lib/server/fhir/outcome';
import { replyResponse } from '$lib/server/fhir/reply';
import { getStore } from '$lib/server/store/store';
import type { RequestHandler } from './$types';

/** A transaction Bundle of conditional creates (docs/api.md). */
export const POST: RequestHandler = async ({ request }) =>
	replyResponse(
		await transactionEndpoint(getStore(), request, {
			now: new Date(),
			fhirBase: getConfig().fhirBaseUrl
		})
	);

export const fallback: RequestHandler = ({ request }) =>
	outcomeResponse(methodNotAllowed(request.method), { allow: 'POST' });
