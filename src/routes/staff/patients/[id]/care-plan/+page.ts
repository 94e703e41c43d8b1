import { loadStrings } from '$lib/i18n/i18n.svelte';
import type { PageLoad } from './$types';
import careplan from '$locales/en-GB/careplan.json';

export const load: PageLoad = async ({ data }) => {
	await loadStrings({ careplan });
	return data;
};
