// Drops the design system's rules for classes Tend never uses. The NHS.UK frontend
// stylesheet is some 290 kB of CSS with every component and utility in it; Tend uses about
// a third. Every page waits for the stylesheet before it can paint or start its scripts,
// and parses all of it: on a phone on mobile data that is a noticeable part of the first
// load (D-037).
//
// A class can only be on a page if its name is written somewhere in Tend's source: no
// markup comes from elsewhere (no {@html}, no NHS.UK scripts). So a rule is kept unless a
// class it requires appears nowhere in the source files — as a word, or as the start of a
// name built in code (`nhsuk-tag--${colour}` keeps every `nhsuk-tag--` class). Classes
// inside :not(), :is(), :where() and :has() are never grounds to drop a rule.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Files whose text may name a class. */
const SOURCE_FILE = /\.(svelte|ts|js|html|json|scss)$/;
const WORD = /[A-Za-z_][\w-]*/g;
/** A class selector, escapes included (`.\:focus`). */
const CLASS = /\.((?:[\w-]|\\.)+)/g;
const FUNCTIONAL_PSEUDO = /:(?:not|is|where|has)\(/g;

/**
 * Every word in the files under `dirs` that could be, or begin, a class name.
 * @param {string[]} dirs
 * @returns {Set<string>}
 */
export function sourceWords(dirs) {
	/** @type {Set<string>} */
	const words = new Set();
	/** @param {string} dir */
	const walk = (dir) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (SOURCE_FILE.test(entry.name))
				for (const [word] of readFileSync(path, 'utf8').matchAll(WORD)) words.add(word);
		}
	};
	dirs.forEach(walk);
	return words;
}

/**
 * Whether a class name is written in the source: as a word, or begun by a word ending in
 * `-` (a name built in code).
 * @param {Set<string>} words
 * @returns {(name: string) => boolean}
 */
export function classUse(words) {
	const prefixes = [...words].filter((word) => word.endsWith('-'));
	return (name) => words.has(name) || prefixes.some((prefix) => name.startsWith(prefix));
}

/**
 * The classes an element must have for `selector` to match it, leaving out those inside
 * :not(), :is(), :where() and :has().
 * @param {string} selector
 * @returns {string[]}
 */
export function requiredClasses(selector) {
	let outside = '';
	let depth = 0;
	for (let i = 0; i < selector.length; i++) {
		FUNCTIONAL_PSEUDO.lastIndex = i;
		const pseudo = depth === 0 ? FUNCTIONAL_PSEUDO.exec(selector) : null;
		if (pseudo && pseudo.index === i) {
			depth = 1;
			i += pseudo[0].length - 1;
			continue;
		}
		const char = selector[i];
		if (depth > 0) {
			if (char === '\\') i++;
			else if (char === '(') depth++;
			else if (char === ')') depth--;
			continue;
		}
		outside += char;
		if (char === '\\') outside += selector[++i] ?? '';
	}
	return [...outside.matchAll(CLASS)].map(([, name = '']) => name.replace(/\\(.)/g, '$1'));
}

/**
 * The PostCSS plugin: in the stylesheet `file` only, selectors requiring a class the source
 * never names are removed, and rules and at-rules left empty with them.
 * @param {{ file: string; isUsed: (name: string) => boolean }} options
 * @returns {import('postcss').Plugin}
 */
export function unusedClasses({ file, isUsed }) {
	return {
		postcssPlugin: 'tend-unused-classes',
		Once(root) {
			if (root.source?.input.file !== file) return;
			root.walkRules((rule) => {
				if (rule.parent?.type === 'atrule' && /keyframes$/.test(rule.parent.name)) return;
				const kept = rule.selectors.filter((selector) => requiredClasses(selector).every(isUsed));
				if (kept.length === 0) rule.remove();
				else if (kept.length < rule.selectors.length) rule.selectors = kept;
			});
			// Innermost first, so an @media left with only an emptied @supports goes too.
			for (let emptied = true; emptied;) {
				emptied = false;
				root.walkAtRules((atRule) => {
					if (atRule.nodes && atRule.nodes.length === 0) {
						atRule.remove();
						emptied = true;
					}
				});
			}
		}
	};
}
