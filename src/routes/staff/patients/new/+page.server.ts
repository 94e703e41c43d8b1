import { fail, redirect } from '@sveltejs/kit';
import { addPatientFromForm } from '$lib/server/staff/patient-form';
import { requireStaff } from '$lib/server/staff/request';
import { getStore } from '$lib/server/store/store';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireStaff(event);
};

export const actions: Actions = {
	default: async (event) => {
		const staff = requireStaff(event);
		const data = await event.request.formData();
		const result = addPatientFromForm(getStore(), data, { now: new Date(), staffId: staff.id });
		if (!result.ok) return fail(400, { values: result.values, errors: result.errors });
		redirect(303, `/staff/patients/${result.patientId}`);
	}
};
