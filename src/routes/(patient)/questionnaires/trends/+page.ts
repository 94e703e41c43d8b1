import { loadStrings } from '$lib/i18n/i18n.svelte';
import proms from '$locales/en-GB/proms.json';
import sync from '$locales/en-GB/sync.json';

export const load = () => loadStrings({ proms, sync });
