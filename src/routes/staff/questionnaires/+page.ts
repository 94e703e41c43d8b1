import { loadNamespaces } from '$lib/i18n/i18n.svelte';
import type { PageLoad } from './$types';

// The definition problems an upload can report are worded in the questionnaire namespace.
export const load: PageLoad = async ({ data }) => {
	await loadNamespaces(['proms']);
	return data;
};
