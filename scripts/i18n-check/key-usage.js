/**
 * Matches the keys the code uses against the source language: every used key must exist,
 * and every source key must be used somewhere. Using a plural base (`'home:items'` with
 * `{ count }`) uses all of its forms.
 */
import { findPluralGroups, flattenLocale } from './locale-keys.js';

/**
 * @typedef {import('./compare-locales.js').Finding} Finding
 * @typedef {import('./compare-locales.js').LocaleFiles} LocaleFiles
 * @typedef {import('./used-keys.js').KeyUse} KeyUse
 * @typedef {object} SourceNamespace
 * @property {Set<string>} keys - leaf key paths
 * @property {Map<string, Set<string>>} groups - plural base → forms present
 * @property {Set<string>} used - key paths something uses
 */

/**
 * Findings for used keys that do not exist and source keys that nothing uses.
 * @param {LocaleFiles} source - the source language's namespaces (`null` = unreadable, skipped)
 * @param {KeyUse[]} uses
 * @param {{ sourceLanguage?: string, localesDir?: string }} [options]
 * @returns {Finding[]}
 */
export function checkKeyUsage(source, uses, options = {}) {
	const sourceLanguage = options.sourceLanguage ?? 'en-GB';
	const localesDir = options.localesDir ?? 'locales';
	/** @type {Finding[]} */
	const findings = [];
	/** @type {Map<string, SourceNamespace>} */
	const namespaces = new Map();
	for (const [namespace, json] of Object.entries(source)) {
		if (json === null) continue;
		const keys = new Set(flattenLocale(json).values.keys());
		namespaces.set(namespace, { keys, groups: findPluralGroups(keys), used: new Set() });
	}

	for (const use of uses) {
		const namespace = namespaces.get(use.namespace);
		if (!namespace) continue;
		const forms = namespace.groups.get(use.path);
		if (namespace.keys.has(use.path)) {
			namespace.used.add(use.path);
		} else if (forms) {
			for (const category of forms) namespace.used.add(`${use.path}_${category}`);
		} else if ([...namespace.keys].some((key) => key.startsWith(`${use.path}.`))) {
			findings.push({
				level: 'error',
				file: use.file,
				line: use.line,
				message: `uses "${use.key}", which is a group of keys, not a single string`
			});
		} else {
			findings.push({
				level: 'error',
				file: use.file,
				line: use.line,
				message: `uses missing key "${use.key}"`
			});
		}
	}

	for (const [name, namespace] of namespaces) {
		for (const key of namespace.keys) {
			if (namespace.used.has(key)) continue;
			findings.push({
				level: 'error',
				file: `${localesDir}/${sourceLanguage}/${name}.json`,
				message: `unused key "${key}"`
			});
		}
	}
	return findings;
}
