import { loadNamespaces } from '$lib/i18n/i18n.svelte';

export const load = () => loadNamespaces(['proms', 'sync']);
