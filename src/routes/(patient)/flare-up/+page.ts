import { loadStrings } from '$lib/i18n/i18n.svelte';
import urgent from '$locales/en-GB/urgent.json';
import flare from '$locales/en-GB/flare.json';
import careplan from '$locales/en-GB/careplan.json';

export const load = () => loadStrings({ urgent, flare, careplan });
