import { loadStrings } from '$lib/i18n/i18n.svelte';
import enrolment from '$locales/en-GB/enrolment.json';

export const load = () => loadStrings({ enrolment });
