import { searchPatients } from '$lib/server/staff/patient-list';
import { requireStaff } from '$lib/server/staff/request';
import { getStore } from '$lib/server/store/store';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const staff = requireStaff(event);
	const search = event.url.searchParams.get('q')?.trim() ?? '';
	const patients = searchPatients(getStore(), search, { staffId: staff.id, now: new Date() });
	return { search, patients };
};
