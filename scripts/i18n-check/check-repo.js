/**
 * Runs every i18n check over a repository tree and formats the report. This is the only
 * module of the checker that touches the file system.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { compareLocales } from './compare-locales.js';
import { findHardCodedStrings } from './hard-coded.js';
import { checkKeyUsage } from './key-usage.js';
import { flattenLocale } from './locale-keys.js';
import { findUsedKeys } from './used-keys.js';

/**
 * @typedef {import('./compare-locales.js').Finding} Finding
 * @typedef {import('./compare-locales.js').LocaleFiles} LocaleFiles
 * @typedef {object} CheckResult
 * @property {Finding[]} findings - in report order
 * @property {{ languages: number, namespaces: number, keys: number }} stats
 */

export const SOURCE_LANGUAGE = 'en-GB';
const LANGUAGES_FILE = 'src/lib/i18n/languages.ts';
const CODE_EXTENSIONS = ['.ts', '.js', '.svelte', '.json'];
const TEST_FILE = /\.(spec|test)\.[jt]s$/;
/** A development page that shows components with sample text; never shipped to people. */
const HARD_CODED_EXEMPT = 'src/routes/ui-gallery/';

/**
 * Language codes listed in languages.ts, read with a regex on `code: '…'` (never imported).
 * @param {string} source
 * @returns {string[]}
 */
export function parseLanguageCodes(source) {
	return [...source.matchAll(/\bcode\s*:\s*(['"])([^'"]+)\1/g)].map((match) => match[2] ?? '');
}

/**
 * The plural categories a language needs, from the platform's CLDR data.
 * @param {string} language
 * @returns {readonly string[]}
 */
export function pluralCategoriesFor(language) {
	return new Intl.PluralRules(language).resolvedOptions().pluralCategories;
}

/**
 * Runs all checks on the repository at `root`.
 * @param {string} root
 * @returns {CheckResult}
 */
export function checkRepo(root) {
	/** @type {Finding[]} */
	const structure = [];
	const localesRoot = join(root, 'locales');
	const folders = safeReaddir(localesRoot)
		.filter((name) => isDirectory(join(localesRoot, name)))
		.sort();

	const languagesSource = safeRead(join(root, LANGUAGES_FILE));
	if (languagesSource === null) {
		structure.push({
			level: 'error',
			file: LANGUAGES_FILE,
			message: 'cannot read the language list'
		});
	}
	const listed = languagesSource === null ? [] : parseLanguageCodes(languagesSource);
	for (const code of listed) {
		if (!folders.includes(code)) {
			structure.push({
				level: 'error',
				file: `locales/${code}`,
				message: `missing language folder (${code} is listed in ${LANGUAGES_FILE})`
			});
		}
	}
	for (const folder of folders) {
		if (languagesSource !== null && !listed.includes(folder)) {
			structure.push({
				level: 'warning',
				file: `locales/${folder}`,
				message: `language folder not listed in ${LANGUAGES_FILE} (checked anyway)`
			});
		}
	}

	if (!folders.includes(SOURCE_LANGUAGE)) {
		structure.push({
			level: 'error',
			file: `locales/${SOURCE_LANGUAGE}`,
			message: 'missing source language folder; nothing else can be checked'
		});
		return { findings: structure, stats: { languages: folders.length, namespaces: 0, keys: 0 } };
	}

	const source = readLocaleFolder(root, SOURCE_LANGUAGE, structure);
	/** @type {Record<string, LocaleFiles>} */
	const translations = {};
	for (const folder of folders) {
		if (folder === SOURCE_LANGUAGE) continue;
		translations[folder] = readLocaleFolder(root, folder, structure);
	}
	const options = { sourceLanguage: SOURCE_LANGUAGE };
	structure.push(...compareLocales(source, translations, pluralCategoriesFor, options));

	const codeFiles = walkFiles(join(root, 'src'))
		.map((path) => toRepoPath(root, path))
		.filter((path) => CODE_EXTENSIONS.some((ext) => path.endsWith(ext)) && !TEST_FILE.test(path))
		.map((path) => ({ path, source: readFileSync(join(root, path), 'utf8') }));
	const used = findUsedKeys(codeFiles, Object.keys(source));
	const usage = [...used.findings, ...checkKeyUsage(source, used.uses)];

	/** @type {Finding[]} */
	const hardCoded = [];
	for (const file of codeFiles) {
		if (!file.path.endsWith('.svelte') || file.path.startsWith(HARD_CODED_EXEMPT)) continue;
		for (const item of findHardCodedStrings(file.source)) {
			const what = item.kind === 'text' ? 'text' : item.attribute;
			hardCoded.push({
				level: 'error',
				file: file.path,
				line: item.line,
				message: `hard-coded ${what} "${item.text}"; use t()`
			});
		}
	}

	let keys = 0;
	for (const json of Object.values(source)) {
		if (json !== null) keys += flattenLocale(json).values.size;
	}
	return {
		findings: [...sortFindings(structure), ...sortFindings(usage), ...sortFindings(hardCoded)],
		stats: { languages: folders.length, namespaces: Object.keys(source).length, keys }
	};
}

/**
 * The report lines: one per finding, then the summary line.
 * @param {CheckResult} result
 * @returns {string[]}
 */
export function formatReport(result) {
	const errors = result.findings.filter((finding) => finding.level === 'error').length;
	const warnings = result.findings.length - errors;
	const lines = result.findings.map((finding) => {
		const where = `${finding.file}:${finding.line ?? ''}`;
		return `${finding.level === 'warning' ? 'warning: ' : ''}${where} ${finding.message}`;
	});
	const { languages, namespaces, keys } = result.stats;
	if (errors === 0) {
		const warningNote = warnings === 0 ? '' : ` (${plural(warnings, 'warning')})`;
		const counts = [
			plural(languages, 'language'),
			plural(namespaces, 'namespace'),
			plural(keys, 'key')
		].join(', ');
		lines.push(`i18n check: ${counts} — OK${warningNote}`);
	} else {
		lines.push(`i18n check: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
	}
	return lines;
}

/**
 * Reads every namespace file of one language; unreadable JSON is reported and kept as `null`.
 * @param {string} root
 * @param {string} language
 * @param {Finding[]} findings
 * @returns {LocaleFiles}
 */
function readLocaleFolder(root, language, findings) {
	/** @type {LocaleFiles} */
	const files = {};
	const folder = join(root, 'locales', language);
	for (const name of safeReaddir(folder).sort()) {
		if (!name.endsWith('.json') || isDirectory(join(folder, name))) continue;
		const file = `locales/${language}/${name}`;
		const namespace = name.slice(0, -'.json'.length);
		try {
			const json = JSON.parse(readFileSync(join(folder, name), 'utf8'));
			if (typeof json !== 'object' || json === null || Array.isArray(json)) {
				findings.push({ level: 'error', file, message: 'is not a JSON object' });
				files[namespace] = null;
			} else {
				files[namespace] = json;
			}
		} catch (cause) {
			const reason = cause instanceof Error ? cause.message : String(cause);
			findings.push({ level: 'error', file, message: `invalid JSON: ${reason}` });
			files[namespace] = null;
		}
	}
	return files;
}

/**
 * All files under `dir`, skipping dot-folders (such as generated `.svelte-kit`) and node_modules.
 * @param {string} dir
 * @returns {string[]}
 */
export function walkFiles(dir) {
	/** @type {string[]} */
	const files = [];
	for (const entry of safeReaddirEntries(dir)) {
		if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
		const path = join(dir, entry.name);
		if (entry.isDirectory()) files.push(...walkFiles(path));
		else if (entry.isFile()) files.push(path);
	}
	return files.sort();
}

/**
 * Findings in file order, then line order, keeping the check order within a line.
 * @param {Finding[]} findings
 */
function sortFindings(findings) {
	return findings
		.map((finding, index) => ({ finding, index }))
		.sort(
			(a, b) =>
				compareText(a.finding.file, b.finding.file) ||
				(a.finding.line ?? 0) - (b.finding.line ?? 0) ||
				a.index - b.index
		)
		.map(({ finding }) => finding);
}

/**
 * @param {string} a
 * @param {string} b
 */
function compareText(a, b) {
	return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * @param {number} count
 * @param {string} noun
 */
function plural(count, noun) {
	return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * @param {string} root
 * @param {string} path
 */
function toRepoPath(root, path) {
	return relative(root, path).split(sep).join('/');
}

/** @param {string} path */
function safeRead(path) {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return null;
	}
}

/** @param {string} path */
function safeReaddir(path) {
	try {
		return readdirSync(path);
	} catch {
		return [];
	}
}

/** @param {string} path */
function safeReaddirEntries(path) {
	try {
		return readdirSync(path, { withFileTypes: true });
	} catch {
		return [];
	}
}

/** @param {string} path */
function isDirectory(path) {
	try {
		return statSync(path).isDirectory();
	} catch {
		return false;
	}
}
