import { browser } from '$app/environment';
import { loadStrings } from '$lib/i18n/i18n.svelte';
import { openQuestionnaire } from '$lib/proms/fill-data';
import { readPreferences } from '$lib/settings/preferences.svelte';
import proms from '$locales/en-GB/proms.json';
import urgent from '$locales/en-GB/urgent.json';
import flare from '$locales/en-GB/flare.json';

// The page is prerendered: which questionnaire is read in the browser, where opening it
// (definition, database, draft) starts now, beside the first render.
export const load = async ({ url }) => {
	const opening = browser
		? openQuestionnaire(url.searchParams.get('q') ?? '', {
				language: readPreferences().language,
				now: new Date()
			})
		: null;
	await loadStrings({ proms, urgent, flare });
	return { opening };
};
