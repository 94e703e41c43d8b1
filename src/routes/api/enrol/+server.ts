import { getConfig } from '$lib/server/config';
import { enrolEndpoint } from '$lib/server/enrolment/endpoints';
import { getStore } from '$lib/server/store/store';
import type { RequestHandler } from './$types';

/** Exchanges an enrolment code for a device token (docs/api.md). */
export const POST: RequestHandler = ({ request, getClientAddress }) =>
	enrolEndpoint(getStore(), request, {
		ip: getClientAddress(),
		now: new Date(),
		config: getConfig()
	});
