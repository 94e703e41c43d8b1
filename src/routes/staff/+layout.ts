import { loadStrings } from '$lib/i18n/i18n.svelte';
import type { LayoutLoad } from './$types';
import staff from '$locales/en-GB/staff.json';

// The staff console is rendered by the server on each request and needs the network.
export const prerender = false;
export const ssr = true;

export const load: LayoutLoad = async ({ data }) => {
	await loadStrings({ staff });
	return data;
};
