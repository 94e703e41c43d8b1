import { loadStrings } from '$lib/i18n/i18n.svelte';
import type { PageLoad } from './$types';
import proms from '$locales/en-GB/proms.json';

// The definition problems an upload can report are worded in the questionnaire namespace.
export const load: PageLoad = async ({ data }) => {
	await loadStrings({ proms });
	return data;
};
