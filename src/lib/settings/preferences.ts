import { isLanguageCode, matchLanguage } from '$lib/i18n/languages';
import { CONTRASTS, TEXT_SIZES, type Preferences } from './types';

// Validated by hand rather than with a schema library: this runs on every page's first
// load, where each kilobyte counts (docs/decisions.md D-012).

function oneOf<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
	return allowed.includes(value as T) ? (value as T) : fallback;
}

/**
 * Reads saved preferences, keeping every valid field and replacing anything unknown or
 * damaged with its default, so one bad value never resets the others.
 * @param saved - the raw localStorage text, or null when nothing was saved
 * @param browserLanguages - navigator.languages, used only when no language was chosen
 */
export function parsePreferences(
	saved: string | null,
	browserLanguages: readonly string[]
): Preferences {
	let raw: unknown = {};
	try {
		raw = saved ? JSON.parse(saved) : {};
	} catch {
		raw = {};
	}
	const record = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
	const fallbackLanguage = matchLanguage(browserLanguages);
	return {
		language:
			record.language === undefined
				? fallbackLanguage
				: isLanguageCode(record.language)
					? record.language
					: 'en-GB',
		textSize: oneOf(TEXT_SIZES, record.textSize, 'standard'),
		contrast: oneOf(CONTRASTS, record.contrast, 'standard'),
		reduceMotion: record.reduceMotion === true,
		readAloud: record.readAloud === true
	};
}

/** The text saved to localStorage. */
export function serialisePreferences(preferences: Preferences): string {
	return JSON.stringify(parsePreferences(JSON.stringify(preferences), []));
}
