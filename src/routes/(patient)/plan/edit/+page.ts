import { loadStrings } from '$lib/i18n/i18n.svelte';
import careplan from '$locales/en-GB/careplan.json';

export const load = () => loadStrings({ careplan });
