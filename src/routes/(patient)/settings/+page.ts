import { loadStrings } from '$lib/i18n/i18n.svelte';
import settings from '$locales/en-GB/settings.json';
import enrolment from '$locales/en-GB/enrolment.json';
import sync from '$locales/en-GB/sync.json';

export const load = () => loadStrings({ settings, enrolment, sync });
