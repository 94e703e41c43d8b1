import { loadStrings } from '$lib/i18n/i18n.svelte';
import careplan from '$locales/en-GB/careplan.json';
import plan from '$locales/en-GB/plan.json';

export const load = () => loadStrings({ careplan, plan });
