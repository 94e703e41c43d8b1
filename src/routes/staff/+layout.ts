import { loadNamespaces } from '$lib/i18n/i18n.svelte';
import type { LayoutLoad } from './$types';

// The staff console is rendered by the server on each request and needs the network.
export const prerender = false;
export const ssr = true;

export const load: LayoutLoad = async ({ data }) => {
	await loadNamespaces(['staff']);
	return data;
};
