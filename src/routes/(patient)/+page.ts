import { loadStrings } from '$lib/i18n/i18n.svelte';
import checkin from '$locales/en-GB/checkin.json';
import sync from '$locales/en-GB/sync.json';

export const load = () => loadStrings({ checkin, sync });
