import { randomUUID } from 'node:crypto';
import { error, fail } from '@sveltejs/kit';
import { assignFromForm } from '$lib/server/questionnaires/assign-form';
import { withdrawAssignment } from '$lib/server/questionnaires/assignments';
import { readPatientQuestionnaires } from '$lib/server/questionnaires/patient-questionnaires';
import { markReviewed } from '$lib/server/questionnaires/reviews';
import { formText, readFormData } from '$lib/server/staff/form-fields';
import { requireStaff } from '$lib/server/staff/request';
import { getStore } from '$lib/server/store/store';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = (event) => {
	const staff = requireStaff(event);
	const options = { staffId: staff.id, now: new Date() };
	const page = readPatientQuestionnaires(getStore(), event.params.id, options);
	if (!page) error(404, 'Not found');
	return { page };
};

async function form(event: RequestEvent) {
	const staff = requireStaff(event);
	const data = await readFormData(event.request);
	if (!data) error(400, 'Bad request');
	return { data, patientId: event.params.id, staffId: staff.id, now: new Date() };
}

export const actions: Actions = {
	review: async (event) => {
		const { data, ...options } = await form(event);
		const result = markReviewed(getStore(), { ...options, responseId: formText(data, 'response') });
		if (result.status === 'not-found') return fail(404, { reviewMissing: true });
		return { reviewed: result };
	},
	assign: async (event) => {
		const { data, ...options } = await form(event);
		const result = assignFromForm(getStore(), data, { ...options, newId: randomUUID });
		if (result.ok) return { assigned: result.assignment.id };
		if (result.status === 404) error(404, 'Not found');
		return fail(result.status, { assignForm: { values: result.values, errors: result.errors } });
	},
	withdraw: async (event) => {
		const { data, ...options } = await form(event);
		const taskId = formText(data, 'assignment');
		const result = withdrawAssignment(getStore(), { ...options, taskId });
		if (result === 'not-found') return fail(404, { withdrawMissing: true });
		return { withdrawn: result };
	}
};
