import { loadNamespaces } from '$lib/i18n/i18n.svelte';
import type { PageLoad } from './$types';

// Band names are worded in the questionnaire namespace.
export const load: PageLoad = async ({ data }) => {
	await loadNamespaces(['proms']);
	return data;
};
