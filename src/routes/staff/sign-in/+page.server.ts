import { fail, redirect } from '@sveltejs/kit';
import {
	clientAddress,
	currentSession,
	setSessionCookie,
	signedOutReason
} from '$lib/server/staff/request';
import { signInWithForm } from '$lib/server/staff/sign-in';
import { getStore } from '$lib/server/store/store';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	if (currentSession(event).status === 'active') redirect(303, '/staff');
	return { signedOut: signedOutReason(event.url) };
};

export const actions: Actions = {
	default: async (event) => {
		const data = await event.request.formData();
		const result = signInWithForm(getStore(), data, { ip: clientAddress(event), now: new Date() });
		if (!result.ok) return fail(result.status, { email: result.email, errors: result.errors });
		setSessionCookie(event, result.sessionSecret);
		redirect(303, '/staff');
	}
};
