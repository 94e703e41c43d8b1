/**
 * Finds the translation keys the code uses. A key is used when a string literal anywhere in
 * the code (quotes or a backtick string without `${`) is exactly `<namespace>:<key path>`
 * for a namespace of the source language: `t('settings:language.label')`,
 * `quotaExceeded: 'storage:errors.quota_exceeded'`, or `"textKey": "urgent:flags.x"` in
 * content JSON. Comments never count. Literal attribute values in Svelte markup count too
 * (`<Field labelKey="settings:name.label">`).
 *
 * Calls to `t(…)` are also held to the house rule: a literal first argument must be a fully
 * qualified key of a known namespace, and a key must not be built with `${…}`.
 */
import { lineLocator, scanJs } from './js-scan.js';
import { parseSvelte } from './svelte-markup.js';

/**
 * @typedef {import('./compare-locales.js').Finding} Finding
 * @typedef {{ path: string, source: string }} SourceFile
 * @typedef {object} KeyUse
 * @property {string} key - the full key, 'settings:language.label'
 * @property {string} namespace
 * @property {string} path - the key path inside the namespace, 'language.label'
 * @property {string} file
 * @property {number} line
 */

const KEY_SHAPE = /^([A-Za-z][\w-]*):([\w-]+(?:\.[\w-]+)*)$/;
const T_CALL_BEFORE = /(?:^|[^\w$])t\s*\(\s*$/;

/**
 * Every key used in `files`, and findings for `t()` calls that break the key rules.
 * @param {SourceFile[]} files - `.ts`, `.js`, `.svelte` or `.json` sources
 * @param {Iterable<string>} namespaces - namespaces of the source language
 * @returns {{ uses: KeyUse[], findings: Finding[] }}
 */
export function findUsedKeys(files, namespaces) {
	const known = new Set(namespaces);
	/** @type {KeyUse[]} */
	const uses = [];
	/** @type {Finding[]} */
	const findings = [];
	for (const file of files) {
		const lineOf = lineLocator(file.source);
		for (const literal of stringLiterals(file)) {
			const line = lineOf(literal.start);
			const before = file.source.slice(Math.max(0, literal.start - 40), literal.start);
			const isTArgument = T_CALL_BEFORE.test(before);
			if (literal.hasSubstitution) {
				if (isTArgument) {
					const message = 'builds a translation key at run time; use a literal key';
					findings.push(error(file.path, line, message));
				}
				continue;
			}
			const match = KEY_SHAPE.exec(literal.value);
			if (match && known.has(match[1] ?? '')) {
				uses.push({
					key: literal.value,
					namespace: match[1] ?? '',
					path: match[2] ?? '',
					file: file.path,
					line
				});
			} else if (isTArgument) {
				const reason = match
					? `uses unknown namespace "${match[1]}" in key "${literal.value}"`
					: `calls t() with "${literal.value}", which is not a fully qualified key ` +
						'("namespace:key")';
				findings.push(error(file.path, line, reason));
			}
		}
	}
	return { uses, findings };
}

/**
 * String literals of one file, by file type.
 * @param {SourceFile} file
 * @returns {import('./js-scan.js').JsString[]}
 */
function stringLiterals(file) {
	if (!file.path.endsWith('.svelte')) return byOffset(scanJs(file.source).strings);
	const parts = parseSvelte(file.source);
	const attributeValues = parts.elements.flatMap((element) =>
		element.attributes
			.filter((attribute) => attribute.parts.length === 1 && attribute.parts[0]?.kind === 'text')
			.map((attribute) => {
				const part = /** @type {{ start: number, end: number }} */ (attribute.parts[0]);
				return {
					value: file.source.slice(part.start, part.end),
					start: part.start,
					end: part.end,
					quote: /** @type {'"'} */ ('"'),
					hasSubstitution: false
				};
			})
	);
	return byOffset([...parts.strings, ...attributeValues]);
}

/**
 * Literals in source order (a template's inner strings are found before the template).
 * @param {import('./js-scan.js').JsString[]} strings
 */
function byOffset(strings) {
	return strings.sort((a, b) => a.start - b.start);
}

/**
 * @param {string} file
 * @param {number} line
 * @param {string} message
 * @returns {Finding}
 */
function error(file, line, message) {
	return { level: 'error', file, line, message };
}
