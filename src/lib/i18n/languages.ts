/**
 * The languages Tend speaks. en-GB is the source language; the others are translations
 * (see locales/README.md for which still need human review).
 */
export const LANGUAGES = [
	{ code: 'en-GB', nativeName: 'English (UK)', dir: 'ltr' },
	{ code: 'cy', nativeName: 'Cymraeg', dir: 'ltr' },
	{ code: 'pl', nativeName: 'Polski', dir: 'ltr' },
	{ code: 'ro', nativeName: 'Română', dir: 'ltr' },
	{ code: 'pa', nativeName: 'ਪੰਜਾਬੀ', dir: 'ltr' },
	{ code: 'ur', nativeName: 'اردو', dir: 'rtl' },
	{ code: 'ar', nativeName: 'العربية', dir: 'rtl' }
] as const;

export type Language = (typeof LANGUAGES)[number];
export type LanguageCode = Language['code'];
export type TextDirection = Language['dir'];

export const SOURCE_LANGUAGE: LanguageCode = 'en-GB';

/** True when `code` is one of the languages Tend ships. */
export function isLanguageCode(code: unknown): code is LanguageCode {
	return LANGUAGES.some((language) => language.code === code);
}

/** Text direction for a language; unknown codes fall back to left-to-right. */
export function directionOf(code: string): TextDirection {
	return LANGUAGES.find((language) => language.code === code)?.dir ?? 'ltr';
}

/**
 * The best shipped language for a list of browser preferences (navigator.languages),
 * matching the exact tag first, then the primary subtag ("pl-PL" → "pl", "en-US" → "en-GB").
 */
export function matchLanguage(preferred: readonly string[]): LanguageCode {
	for (const tag of preferred) {
		const exact = LANGUAGES.find((language) => language.code.toLowerCase() === tag.toLowerCase());
		if (exact) return exact.code;
		const primary = tag.split('-')[0]?.toLowerCase();
		const byPrimary = LANGUAGES.find((language) => language.code.split('-')[0] === primary);
		if (byPrimary) return byPrimary.code;
	}
	return SOURCE_LANGUAGE;
}
