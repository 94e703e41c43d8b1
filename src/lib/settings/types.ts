import { z } from 'zod';
import { LANGUAGES, SOURCE_LANGUAGE, type LanguageCode } from '$lib/i18n/languages';

const languageCodes = LANGUAGES.map((language) => language.code) as [LanguageCode, ...LanguageCode[]];

export const TEXT_SIZES = ['standard', 'large', 'larger'] as const;
export const CONTRASTS = ['standard', 'high'] as const;

/** Display preferences: kept in localStorage (not IndexedDB) so they apply before first paint. */
export const PreferencesSchema = z.object({
	language: z.enum(languageCodes).catch(SOURCE_LANGUAGE),
	textSize: z.enum(TEXT_SIZES).catch('standard'),
	contrast: z.enum(CONTRASTS).catch('standard'),
	reduceMotion: z.boolean().catch(false),
	readAloud: z.boolean().catch(false)
});

export type Preferences = z.infer<typeof PreferencesSchema>;
export type TextSize = Preferences['textSize'];
export type Contrast = Preferences['contrast'];

/** The localStorage key; static/prefs.js reads the same key before the app starts. */
export const PREFERENCES_KEY = 'tend:prefs';
