import i18next, { type TOptions } from 'i18next';
import { directionOf, SOURCE_LANGUAGE, type LanguageCode, type TextDirection } from './languages';
import { loadLanguage, NAMESPACES, sourceResources } from './resources';

class I18nState {
	/** The language whose strings are showing. Reading it makes a template reactive to it. */
	language = $state<LanguageCode>(SOURCE_LANGUAGE);
	dir = $derived<TextDirection>(directionOf(this.language));
}

/** Reactive view of the current language for components. */
export const i18n = new I18nState();

i18next.init({
	lng: SOURCE_LANGUAGE,
	fallbackLng: SOURCE_LANGUAGE,
	supportedLngs: false,
	ns: NAMESPACES,
	defaultNS: 'common',
	nsSeparator: ':',
	keySeparator: '.',
	resources: sourceResources(),
	initAsync: false,
	interpolation: { escapeValue: false }, // Svelte escapes on render; {@html} is never used.
	returnNull: false
});

/**
 * Translates a fully qualified key ('settings:language.label'). Reactive: a template that
 * calls it re-renders when the language changes.
 */
export function t(key: string, options?: TOptions): string {
	void i18n.language;
	return i18next.t(key, options) as string;
}

/**
 * Switches the whole UI to `code` without a reload, loading its strings first (from the
 * network or the service worker's precache). Keeps `<html lang dir>` in step.
 */
export async function setLanguage(code: LanguageCode): Promise<void> {
	if (!i18next.hasResourceBundle(code, 'common')) {
		const namespaces = await loadLanguage(code);
		for (const [namespace, strings] of Object.entries(namespaces)) {
			i18next.addResourceBundle(code, namespace, strings, true, true);
		}
	}
	await i18next.changeLanguage(code);
	i18n.language = code;
	if (typeof document !== 'undefined') {
		document.documentElement.lang = code;
		document.documentElement.dir = directionOf(code);
	}
}

/** Formats a number for the current language (digits, grouping). */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
	return new Intl.NumberFormat(i18n.language, options).format(value);
}
