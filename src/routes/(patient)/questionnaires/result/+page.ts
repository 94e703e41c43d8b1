import { loadStrings } from '$lib/i18n/i18n.svelte';
import proms from '$locales/en-GB/proms.json';
import sync from '$locales/en-GB/sync.json';
import urgent from '$locales/en-GB/urgent.json';
import flare from '$locales/en-GB/flare.json';

export const load = () => loadStrings({ proms, sync, urgent, flare });
