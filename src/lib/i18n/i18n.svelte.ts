import i18next, { type TOptions } from 'i18next';
import { directionOf, SOURCE_LANGUAGE, type LanguageCode, type TextDirection } from './languages';
import { CORE_NAMESPACES, coreSourceResources, loadNamespace } from './resources';

class I18nState {
	/** The language whose strings are showing. Reading it makes a template reactive to it. */
	language = $state<LanguageCode>(SOURCE_LANGUAGE);
	dir = $derived<TextDirection>(directionOf(this.language));
}

/** Reactive view of the current language for components. */
export const i18n = new I18nState();

/** Namespaces some page has asked for; a language switch loads all of them. */
const wanted = new Set<string>(CORE_NAMESPACES);

i18next.init({
	lng: SOURCE_LANGUAGE,
	fallbackLng: SOURCE_LANGUAGE,
	supportedLngs: false,
	ns: [...CORE_NAMESPACES],
	defaultNS: 'common',
	nsSeparator: ':',
	keySeparator: '.',
	resources: { [SOURCE_LANGUAGE]: coreSourceResources() },
	partialBundledLanguages: true,
	initAsync: false,
	interpolation: { escapeValue: false }, // Svelte escapes on render; {@html} is never used.
	returnNull: false
});

async function ensureLoaded(code: LanguageCode, namespaces: Iterable<string>): Promise<void> {
	await Promise.all(
		[...namespaces]
			.filter((namespace) => !i18next.hasResourceBundle(code, namespace))
			.map(async (namespace) => {
				const strings = await loadNamespace(code, namespace);
				if (strings) i18next.addResourceBundle(code, namespace, strings, true, true);
			})
	);
}

/**
 * Makes namespaces ready before they are shown, from the English that the code using them
 * imports itself, so English (shown, or the fallback) never waits on a fetch (D-004); only
 * another language is fetched (from the network or the precache). From a page's `load`:
 *
 *     import settings from '$locales/en-GB/settings.json';
 *     export const load = () => loadStrings({ settings });
 */
export async function loadStrings(
	english: Readonly<Record<string, Record<string, unknown>>>
): Promise<void> {
	for (const [namespace, strings] of Object.entries(english)) {
		wanted.add(namespace);
		if (!i18next.hasResourceBundle(SOURCE_LANGUAGE, namespace))
			i18next.addResourceBundle(SOURCE_LANGUAGE, namespace, strings, true, true);
	}
	await ensureLoaded(i18n.language, Object.keys(english));
}

/**
 * Translates a fully qualified key ('settings:language.legend'). Reactive: a template that
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
	await ensureLoaded(code, wanted);
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

// Built from code points: the marks are invisible, and literal ones would hide in the source.
const FIRST_STRONG_ISOLATE = String.fromCodePoint(0x2068);
const POP_DIRECTIONAL_ISOLATE = String.fromCodePoint(0x2069);

/**
 * Wraps a value in Unicode isolation marks before it goes into a sentence, so a phone
 * number or size keeps its own direction inside Urdu or Arabic text ("116 123" must not
 * read as "123 116").
 */
export function isolate(value: string): string {
	return FIRST_STRONG_ISOLATE + value + POP_DIRECTIONAL_ISOLATE;
}
