import { fail, redirect } from '@sveltejs/kit';
import { MIN_PASSWORD_LENGTH } from '$lib/server/staff/account-forms';
import { setSessionCookie } from '$lib/server/staff/request';
import { isSetupNeeded, setupWithForm } from '$lib/server/staff/setup';
import { getStore } from '$lib/server/store/store';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	isSetupNeeded: isSetupNeeded(getStore()),
	minPasswordLength: MIN_PASSWORD_LENGTH
});

export const actions: Actions = {
	default: async (event) => {
		const result = setupWithForm(getStore(), await event.request.formData(), new Date());
		if (!result.ok) return fail(400, result);
		setSessionCookie(event, result.sessionSecret);
		redirect(303, '/staff');
	}
};
