import { setLanguage } from '$lib/i18n/i18n.svelte';
import { parsePreferences, serialisePreferences } from './preferences';
import { PREFERENCES_KEY, type Preferences } from './types';

declare global {
	interface Window {
		/** Set by src/prefs.js: applies preferences to <html>. */
		tendPrefs?: { apply(preferences: Preferences): void };
	}
}

/** What was saved on this device (or the browser's language), before it is applied. */
export function readPreferences(): Preferences {
	return parsePreferences(localStorage.getItem(PREFERENCES_KEY), navigator.languages);
}

/** The person's display preferences, saved on every change and applied at once. */
class PreferencesState {
	current = $state<Preferences>(parsePreferences(null, []));

	/** Loads what was saved (or the browser's language) and switches the UI to it. */
	async load(): Promise<void> {
		this.current = readPreferences();
		await this.#apply();
	}

	/** Changes some preferences, saves them and applies them without a reload. */
	async update(changes: Partial<Preferences>): Promise<void> {
		this.current = { ...this.current, ...changes };
		localStorage.setItem(PREFERENCES_KEY, serialisePreferences(this.current));
		await this.#apply();
	}

	async #apply(): Promise<void> {
		await setLanguage(this.current.language);
		window.tendPrefs?.apply(this.current);
		document.documentElement.classList.remove('i18n-pending');
	}
}

export const preferences = new PreferencesState();
