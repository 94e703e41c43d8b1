import { loadStrings } from '$lib/i18n/i18n.svelte';
import flarelog from '$locales/en-GB/flarelog.json';
import sync from '$locales/en-GB/sync.json';

export const load = () => loadStrings({ flarelog, sync });
