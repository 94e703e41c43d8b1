import { unlinkEndpoint } from '$lib/server/enrolment/endpoints';
import { getStore } from '$lib/server/store/store';
import type { RequestHandler } from './$types';

/** The calling device revokes its own token (docs/api.md). */
export const POST: RequestHandler = ({ request }) =>
	unlinkEndpoint(getStore(), request, new Date());
