import { randomUUID } from 'node:crypto';
import { error, fail, redirect } from '@sveltejs/kit';
import { addRowFromForm, publishFromForm, readCarePlanEditor } from '$lib/server/careplans/editor';
import { requireStaff } from '$lib/server/staff/request';
import { getStore } from '$lib/server/store/store';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const staff = requireStaff(event);
	const options = { staffId: staff.id, now: new Date(), newId: randomUUID };
	const editor = readCarePlanEditor(getStore(), event.params.id, options);
	if (!editor) error(404, 'Not found');
	return { editor };
};

export const actions: Actions = {
	publish: async (event) => {
		const staff = requireStaff(event);
		const data = await event.request.formData();
		const options = { patientId: event.params.id, staff, now: new Date(), newId: randomUUID };
		const result = publishFromForm(getStore(), data, options);
		if (!result.ok && result.status === 404) error(404, 'Not found');
		if (!result.ok) {
			const { values, errors, baseVersion } = result;
			return fail(result.status, { values, errors, baseVersion });
		}
		redirect(303, `/staff/patients/${event.params.id}?care-plan-published=${result.version}`);
	},
	// "Add another …" without JavaScript: the same form again, with one more row.
	addRow: async (event) => {
		requireStaff(event);
		return addRowFromForm(await event.request.formData(), randomUUID);
	}
};
