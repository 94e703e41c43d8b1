import type { LanguageCode } from '$lib/i18n/languages';

export const TEXT_SIZES = ['standard', 'large', 'larger'] as const;
export const CONTRASTS = ['standard', 'high'] as const;

export type TextSize = (typeof TEXT_SIZES)[number];
export type Contrast = (typeof CONTRASTS)[number];

/** Display preferences: kept in localStorage (not IndexedDB) so they apply before first paint. */
export interface Preferences {
	language: LanguageCode;
	textSize: TextSize;
	contrast: Contrast;
	reduceMotion: boolean;
	readAloud: boolean;
}

/** The localStorage key; src/prefs.js reads the same key before the app starts. */
export const PREFERENCES_KEY = 'tend:prefs';
