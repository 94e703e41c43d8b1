import { redirect } from '@sveltejs/kit';
import { SIGN_IN_PATH, signOutRequest } from '$lib/server/staff/request';
import type { RequestHandler } from './$types';

// A POST from the header's form; SvelteKit refuses form posts from other origins.
export const POST: RequestHandler = (event) => {
	signOutRequest(event);
	redirect(303, `${SIGN_IN_PATH}?signed-out=manual`);
};
