/**
 * Compares every translation with the source language, namespace by namespace.
 *
 * Rules:
 * - each language has exactly the source's namespace files;
 * - every value is a non-empty string, and no key name holds a "." or ":";
 * - every source key exists in each translation, and a translation has no key the source
 *   lacks (a stale key);
 * - a plural group (the source has `<base>_one` or `<base>_other`) must have, in each
 *   language, exactly the forms `Intl.PluralRules(lng)` lists; a missing form is an error,
 *   a form the language does not use is a warning. `_zero` is an optional explicit zero
 *   form in languages whose rules have no zero category (in Welsh and Arabic, zero is a
 *   grammatical form and so required);
 * - each translation has the `{{placeholders}}` of its source string and no others. In a
 *   plural form that stands for one number only (English "one", Arabic "two", Welsh "few"
 *   = 3), `{{count}}` may be left out, since the word itself says the number.
 */
import {
	findPlaceholders,
	findPluralGroups,
	flattenLocale,
	splitPluralKey
} from './locale-keys.js';

/**
 * @typedef {object} Finding
 * @property {'error' | 'warning'} level
 * @property {string} file - path relative to the repository root
 * @property {number} [line]
 * @property {string} message
 * @typedef {Record<string, unknown>} LocaleFiles - namespace → parsed JSON; `null` marks a
 *   file that exists but could not be read (already reported)
 * @typedef {object} CompareOptions
 * @property {string} [sourceLanguage] - defaults to 'en-GB'
 * @property {string} [localesDir] - path prefix for messages, defaults to 'locales'
 */

/**
 * Checks the source locale and every translation against it.
 * @param {LocaleFiles} source - the source language's namespaces
 * @param {Record<string, LocaleFiles>} translations - language code → its namespaces
 * @param {(language: string) => readonly string[]} pluralCategoriesFor
 * @param {CompareOptions} [options]
 * @returns {Finding[]}
 */
export function compareLocales(source, translations, pluralCategoriesFor, options = {}) {
	const sourceLanguage = options.sourceLanguage ?? 'en-GB';
	const localesDir = options.localesDir ?? 'locales';
	/** @type {Finding[]} */
	const findings = [];
	const fileOf = (/** @type {string} */ lng, /** @type {string} */ ns) =>
		`${localesDir}/${lng}/${ns}.json`;

	/** @type {Map<string, import('./locale-keys.js').FlatLocale>} */
	const sourceFlat = new Map();
	for (const [namespace, json] of Object.entries(source)) {
		if (json === null) continue;
		const flat = flattenLocale(json);
		sourceFlat.set(namespace, flat);
		const file = fileOf(sourceLanguage, namespace);
		findings.push(...checkValues(file, flat));
		const groups = findPluralGroups(flat.values.keys());
		const categories = pluralCategoriesFor(sourceLanguage);
		for (const [base, present] of groups) {
			findings.push(...checkPluralForms(file, base, present, categories, sourceLanguage));
		}
	}

	for (const [language, files] of Object.entries(translations)) {
		for (const namespace of Object.keys(source)) {
			if (!(namespace in files)) {
				findings.push({
					level: 'error',
					file: fileOf(language, namespace),
					message: `missing namespace file (${sourceLanguage} has ${namespace}.json)`
				});
			}
		}
		for (const [namespace, json] of Object.entries(files)) {
			const file = fileOf(language, namespace);
			if (!(namespace in source)) {
				findings.push({
					level: 'error',
					file,
					message: `extra namespace file (${sourceLanguage} has no ${namespace}.json)`
				});
				continue;
			}
			const reference = sourceFlat.get(namespace);
			if (json === null || !reference) continue;
			const flat = flattenLocale(json);
			findings.push(...checkValues(file, flat));
			findings.push(
				...compareNamespace(file, reference, flat, language, pluralCategoriesFor(language))
			);
		}
	}
	return findings;
}

/**
 * Value rules for one namespace file: strings only, never empty, reachable key names.
 * @param {string} file
 * @param {import('./locale-keys.js').FlatLocale} flat
 * @returns {Finding[]}
 */
function checkValues(file, flat) {
	/** @type {Finding[]} */
	const findings = [];
	for (const path of flat.badNames) {
		const message = `key "${path}" has a "." or ":" in its name, so t() cannot reach it`;
		findings.push(error(file, message));
	}
	for (const [key, value] of flat.values) {
		if (typeof value !== 'string') {
			findings.push(error(file, `value of "${key}" is not a string`));
		} else if (value.trim() === '') {
			findings.push(error(file, `empty value for "${key}"`));
		}
	}
	return findings;
}

/**
 * Plural forms of one group in one language: missing forms are errors, forms the language
 * does not use are warnings, `_zero` is optional unless the language has a zero category.
 * @param {string} file
 * @param {string} base
 * @param {Set<string>} present
 * @param {readonly string[]} categories
 * @param {string} language
 * @returns {Finding[]}
 */
function checkPluralForms(file, base, present, categories, language) {
	/** @type {Finding[]} */
	const findings = [];
	for (const category of categories) {
		if (!present.has(category)) {
			findings.push(error(file, `missing key "${base}_${category}" (plural form of "${base}")`));
		}
	}
	for (const category of present) {
		if (category !== 'zero' && !categories.includes(category)) {
			findings.push({
				level: 'warning',
				file,
				message: `extra plural form "${base}_${category}" (${language} does not use "${category}")`
			});
		}
	}
	return findings;
}

/**
 * Keys, plural forms and placeholders of one translated namespace against its source.
 * @param {string} file
 * @param {import('./locale-keys.js').FlatLocale} reference
 * @param {import('./locale-keys.js').FlatLocale} translated
 * @param {string} language
 * @param {readonly string[]} categories
 * @returns {Finding[]}
 */
function compareNamespace(file, reference, translated, language, categories) {
	/** @type {Finding[]} */
	const findings = [];
	const groups = findPluralGroups(reference.values.keys());
	const isPluralForm = (/** @type {string} */ key) => {
		const split = splitPluralKey(key);
		return split !== null && groups.has(split.base) ? split : null;
	};

	for (const [key, value] of reference.values) {
		if (isPluralForm(key)) continue;
		const text = translated.values.get(key);
		if (text === undefined) findings.push(error(file, `missing key "${key}"`));
		else if (typeof text === 'string' && typeof value === 'string') {
			const expected = findPlaceholders(value);
			findings.push(...comparePlaceholders(file, key, text, expected, expected, false));
		}
	}

	/** @type {Map<string, Set<string>>} */
	const translatedForms = new Map([...groups.keys()].map((base) => [base, new Set()]));
	for (const [key, text] of translated.values) {
		const form = isPluralForm(key);
		if (form) {
			translatedForms.get(form.base)?.add(form.category);
			if (typeof text !== 'string' || !categories.includes(form.category)) continue;
			const sourceForms = pluralSources(reference, form.base);
			const expected = findPlaceholders(
				sourceForms.get(form.category) ?? sourceForms.get('other') ?? ''
			);
			const allowed = new Set(['count']);
			for (const sourceText of sourceForms.values()) {
				for (const name of findPlaceholders(sourceText)) allowed.add(name);
			}
			const countOptional = isSingleNumberCategory(language, form.category);
			findings.push(...comparePlaceholders(file, key, text, expected, allowed, countOptional));
		} else if (!reference.values.has(key)) {
			findings.push(error(file, `stale key "${key}" (not in the source language)`));
		}
	}

	for (const [base, present] of translatedForms) {
		findings.push(...checkPluralForms(file, base, present, categories, language));
	}
	return findings;
}

/**
 * The source strings of a plural group: category → text.
 * @param {import('./locale-keys.js').FlatLocale} reference
 * @param {string} base
 */
function pluralSources(reference, base) {
	/** @type {Map<string, string>} */
	const forms = new Map();
	for (const [key, value] of reference.values) {
		const split = splitPluralKey(key);
		if (split?.base === base && typeof value === 'string') forms.set(split.category, value);
	}
	return forms;
}

/**
 * @param {string} file
 * @param {string} key
 * @param {string} text
 * @param {Set<string>} expected - placeholders the translation must contain
 * @param {Set<string>} allowed - placeholders the translation may contain
 * @param {boolean} countOptional - `{{count}}` may be left out
 * @returns {Finding[]}
 */
function comparePlaceholders(file, key, text, expected, allowed, countOptional) {
	/** @type {Finding[]} */
	const findings = [];
	const found = findPlaceholders(text);
	for (const name of expected) {
		if (!found.has(name) && !(countOptional && name === 'count')) {
			findings.push(error(file, `key "${key}" is missing placeholder {{${name}}}`));
		}
	}
	for (const name of found) {
		if (!allowed.has(name)) {
			findings.push(error(file, `key "${key}" has unknown placeholder {{${name}}}`));
		}
	}
	return findings;
}

/** @type {Map<string, boolean>} */
const singleNumberCache = new Map();

/**
 * True when a plural category covers at most one whole number in a language (checked over
 * 0–1000), so its text can name the number in words.
 * @param {string} language
 * @param {string} category
 */
export function isSingleNumberCategory(language, category) {
	const cacheKey = `${language}|${category}`;
	const cached = singleNumberCache.get(cacheKey);
	if (cached !== undefined) return cached;
	const rules = new Intl.PluralRules(language);
	let matches = 0;
	for (let n = 0; n <= 1000 && matches < 2; n += 1) if (rules.select(n) === category) matches += 1;
	singleNumberCache.set(cacheKey, matches < 2);
	return matches < 2;
}

/**
 * @param {string} file
 * @param {string} message
 * @returns {Finding}
 */
function error(file, message) {
	return { level: 'error', file, message };
}
