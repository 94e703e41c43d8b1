import { attentionList } from '$lib/server/questionnaires/attention';
import { searchPatients } from '$lib/server/staff/patient-list';
import { requireStaff } from '$lib/server/staff/request';
import { getStore } from '$lib/server/store/store';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const staff = requireStaff(event);
	const search = event.url.searchParams.get('q')?.trim() ?? '';
	const options = { staffId: staff.id, now: new Date() };
	const patients = searchPatients(getStore(), search, options);
	return { search, patients, attention: attentionList(getStore(), options) };
};
