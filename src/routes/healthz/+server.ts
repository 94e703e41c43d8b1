import { json } from '@sveltejs/kit';
import { checkHealth } from '$lib/server/health';
import { getStore } from '$lib/server/store/store';
import { APP_VERSION } from '$lib/server/version';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = () => {
	const { httpStatus, body } = checkHealth(getStore, APP_VERSION);
	return json(body, { status: httpStatus, headers: { 'cache-control': 'no-store' } });
};
