import { error, fail } from '@sveltejs/kit';
import { currentLicence } from '$lib/server/questionnaires/licences';
import {
	licensingOverview,
	recordLicenceFromForm,
	withdrawLicence
} from '$lib/server/questionnaires/licensing';
import { uploadDefinitionFromForm } from '$lib/server/questionnaires/upload';
import { formText, readFormData } from '$lib/server/staff/form-fields';
import { requireStaff } from '$lib/server/staff/request';
import { getStore } from '$lib/server/store/store';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = (event) => {
	requireStaff(event);
	return { overview: licensingOverview(getStore()) };
};

async function form(event: RequestEvent) {
	const staff = requireStaff(event);
	const data = await readFormData(event.request);
	if (!data) error(400, 'Bad request');
	return { data, options: { staffId: staff.id, now: new Date() } };
}

export const actions: Actions = {
	recordLicence: async (event) => {
		const { data, options } = await form(event);
		const result = recordLicenceFromForm(getStore(), data, options);
		if (result.ok) return { recorded: result.licence.instrument };
		if (result.status === 404) return fail(404, { notFound: true });
		const { instrument, values, errors } = result;
		return fail(result.status, { licenceForm: { instrument, values, errors } });
	},
	// The first step of withdrawing: the page asks "are you sure?" with a second form.
	confirmWithdraw: async (event) => {
		const { data } = await form(event);
		const instrument = formText(data, 'instrument');
		if (!currentLicence(getStore(), instrument)) return fail(404, { notFound: true });
		return { confirmWithdraw: instrument };
	},
	withdrawLicence: async (event) => {
		const { data, options } = await form(event);
		const instrument = formText(data, 'instrument');
		const result = withdrawLicence(getStore(), instrument, options);
		if (result.status === 'none') return fail(404, { notFound: true });
		return { withdrawn: { instrument, assignments: result.withdrawnAssignments } };
	},
	upload: async (event) => {
		const { data, options } = await form(event);
		const result = await uploadDefinitionFromForm(getStore(), data, options);
		if (result.ok) return { uploaded: result };
		if (result.status === 404) return fail(404, { notFound: true });
		const { instrument, errors, problems } = result;
		return fail(result.status, { upload: { instrument, errors, problems } });
	}
};
