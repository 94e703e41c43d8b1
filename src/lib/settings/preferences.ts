import { matchLanguage } from '$lib/i18n/languages';
import { PreferencesSchema, type Preferences } from './types';

/**
 * Reads saved preferences, keeping every valid field and replacing anything unknown or
 * damaged with its default, so one bad value never resets the others.
 * @param saved - the raw localStorage text, or null when nothing was saved
 * @param browserLanguages - navigator.languages, used only when no language was chosen
 */
export function parsePreferences(saved: string | null, browserLanguages: readonly string[]): Preferences {
	let raw: unknown = {};
	try {
		raw = saved ? JSON.parse(saved) : {};
	} catch {
		raw = {};
	}
	const record = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
	const language = record.language ?? matchLanguage(browserLanguages);
	return PreferencesSchema.parse({ ...record, language });
}

/** The text saved to localStorage. */
export function serialisePreferences(preferences: Preferences): string {
	return JSON.stringify(PreferencesSchema.parse(preferences));
}
