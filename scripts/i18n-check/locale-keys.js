/**
 * Reading one namespace file: its leaf keys, its plural groups and the placeholders in a
 * string. Plurals follow i18next's JSON v4 format (`items_one`, `items_other`, …); a key
 * group counts as plural only when the source language has `<base>_one` or `<base>_other`,
 * so an ordinary key that happens to end in `_many` stays ordinary.
 */

/**
 * @typedef {object} FlatLocale
 * @property {Map<string, unknown>} values - dotted key path → leaf value
 * @property {string[]} badNames - key paths whose own name holds a "." or ":" (which i18next
 *   cannot reach)
 */

const PLURAL_SUFFIX = /^(.+)_(zero|one|two|few|many|other)$/;

/**
 * Flattens nested namespace JSON to dotted key paths. Arrays and other non-objects are leaves.
 * @param {unknown} json
 * @returns {FlatLocale}
 */
export function flattenLocale(json) {
	/** @type {FlatLocale} */
	const flat = { values: new Map(), badNames: [] };
	/**
	 * @param {unknown} node
	 * @param {string} prefix
	 */
	const walk = (node, prefix) => {
		for (const [name, value] of Object.entries(/** @type {object} */ (node))) {
			const path = prefix ? `${prefix}.${name}` : name;
			if (/[.:]/.test(name)) flat.badNames.push(path);
			if (isPlainObject(value)) walk(value, path);
			else flat.values.set(path, value);
		}
	};
	if (isPlainObject(json)) walk(json, '');
	return flat;
}

/**
 * Splits a key into its plural base and category, if its suffix is one.
 * @param {string} key
 * @returns {{ base: string, category: string } | null}
 */
export function splitPluralKey(key) {
	const match = PLURAL_SUFFIX.exec(key);
	return match ? { base: match[1] ?? '', category: match[2] ?? '' } : null;
}

/**
 * Plural groups of a source namespace: base key → the categories present.
 * @param {Iterable<string>} keys - leaf key paths of the source language
 * @returns {Map<string, Set<string>>}
 */
export function findPluralGroups(keys) {
	const keyList = [...keys];
	const present = new Set(keyList);
	/** @type {Map<string, Set<string>>} */
	const groups = new Map();
	for (const key of keyList) {
		const split = splitPluralKey(key);
		if (!split) continue;
		const { base, category } = split;
		if (!present.has(`${base}_one`) && !present.has(`${base}_other`)) continue;
		const group = groups.get(base) ?? new Set();
		group.add(category);
		groups.set(base, group);
	}
	return groups;
}

/**
 * Names of the `{{placeholders}}` in a string, including `{{- name}}` and `{{name, format}}`.
 * @param {string} text
 * @returns {Set<string>}
 */
export function findPlaceholders(text) {
	const names = new Set();
	for (const match of text.matchAll(/\{\{\s*-?\s*([^\s,}]+)[^}]*\}\}/g)) names.add(match[1]);
	return /** @type {Set<string>} */ (names);
}

/**
 * @param {unknown} value
 * @returns {value is Record<string, unknown>}
 */
function isPlainObject(value) {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
