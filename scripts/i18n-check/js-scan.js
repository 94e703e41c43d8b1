/**
 * A small JavaScript/TypeScript scanner: enough to find string literals and the end of a
 * Svelte `{…}` expression. It skips comments, reads template literals (and the
 * expressions inside `${…}`), and tells a regular expression from a division by the token
 * before the slash, so quotes and braces inside regexes, comments and strings never
 * confuse it. It does not build a syntax tree.
 */

/**
 * @typedef {object} JsString
 * @property {string} value - the decoded text (for a template, its raw text)
 * @property {number} start - offset of the opening quote in the scanned source
 * @property {number} end - offset just after the closing quote
 * @property {"'" | '"' | '`'} quote
 * @property {boolean} hasSubstitution - a template literal containing `${…}`
 */

/** Words after which a `/` starts a regular expression rather than a division. */
const KEYWORDS_BEFORE_EXPRESSION = new Set([
	'return',
	'typeof',
	'instanceof',
	'in',
	'of',
	'new',
	'delete',
	'void',
	'throw',
	'case',
	'do',
	'else',
	'yield',
	'await'
]);

const WORD = /[\p{L}\p{N}_$\u200c\u200d]+/uy;
const SIMPLE_ESCAPES = /** @type {Record<string, string>} */ ({
	n: '\n',
	r: '\r',
	t: '\t',
	b: '\b',
	f: '\f',
	v: '\v',
	0: '\0'
});

/**
 * Scans JS/TS source from `start`, collecting string literals. With `untilBrace`, stops at
 * the first `}` that closes nothing opened after `start` (the end of a Svelte expression).
 * @param {string} source
 * @param {number} [start]
 * @param {boolean} [untilBrace]
 * @returns {{ strings: JsString[], end: number }} `end` is the offset of that `}`, or the
 *   source length when the scan ran out.
 */
export function scanJs(source, start = 0, untilBrace = false) {
	/** @type {JsString[]} */
	const strings = [];
	let i = start;
	let depth = 0;
	let regexAllowed = true;
	while (i < source.length) {
		const c = source[i];
		const next = source[i + 1];
		if (c === '/' && next === '/') {
			const lineEnd = source.indexOf('\n', i);
			i = lineEnd < 0 ? source.length : lineEnd;
		} else if (c === '/' && next === '*') {
			const close = source.indexOf('*/', i + 2);
			i = close < 0 ? source.length : close + 2;
		} else if (c === "'" || c === '"') {
			const close = findQuoteEnd(source, i);
			strings.push({
				value: unescapeJs(source.slice(i + 1, close)),
				start: i,
				end: close + 1,
				quote: c,
				hasSubstitution: false
			});
			i = close + 1;
			regexAllowed = false;
		} else if (c === '`') {
			const template = scanTemplate(source, i);
			strings.push(...template.inner);
			strings.push({
				value: template.raw,
				start: i,
				end: template.end,
				quote: '`',
				hasSubstitution: template.hasSubstitution
			});
			i = template.end;
			regexAllowed = false;
		} else if (c === '/') {
			/** @type {number} */
			const after = regexAllowed ? skipRegex(source, i) : i + 1;
			// After a regex comes an operator; after a division (or a lone slash), an operand.
			regexAllowed = after === i + 1;
			i = after;
		} else if (c === '{') {
			depth += 1;
			i += 1;
			regexAllowed = true;
		} else if (c === '}') {
			if (depth === 0 && untilBrace) return { strings, end: i };
			depth -= 1;
			i += 1;
			regexAllowed = false;
		} else if (/\s/.test(c ?? '')) {
			i += 1;
		} else {
			WORD.lastIndex = i;
			const word = WORD.exec(source);
			if (word) {
				i += word[0].length;
				regexAllowed = KEYWORDS_BEFORE_EXPRESSION.has(word[0]);
			} else {
				i += 1;
				regexAllowed = c !== ')' && c !== ']';
			}
		}
	}
	return { strings, end: source.length };
}

/**
 * Offset of the quote closing the string opened at `open`; stops at an unescaped line
 * break so one broken string cannot swallow the rest of a file.
 * @param {string} source
 * @param {number} open
 */
function findQuoteEnd(source, open) {
	const quote = source[open];
	let i = open + 1;
	while (i < source.length) {
		const c = source[i];
		if (c === '\\') i += 2;
		else if (c === quote || c === '\n') return i;
		else i += 1;
	}
	return source.length;
}

/**
 * Reads a template literal opened at `open`, scanning each `${…}` as code.
 * @param {string} source
 * @param {number} open
 * @returns {{ end: number, raw: string, hasSubstitution: boolean, inner: JsString[] }}
 */
function scanTemplate(source, open) {
	/** @type {JsString[]} */
	const inner = [];
	let hasSubstitution = false;
	let i = open + 1;
	while (i < source.length) {
		const c = source[i];
		if (c === '\\') {
			i += 2;
		} else if (c === '`') {
			return { end: i + 1, raw: source.slice(open + 1, i), hasSubstitution, inner };
		} else if (c === '$' && source[i + 1] === '{') {
			hasSubstitution = true;
			const expression = scanJs(source, i + 2, true);
			inner.push(...expression.strings);
			i = expression.end + 1;
		} else {
			i += 1;
		}
	}
	return { end: source.length, raw: source.slice(open + 1), hasSubstitution, inner };
}

/**
 * Offset just after the regular expression literal starting at `open` (with its flags).
 * A slash with no closing slash on the same line is treated as a division instead.
 * @param {string} source
 * @param {number} open
 */
function skipRegex(source, open) {
	let i = open + 1;
	let inClass = false;
	while (i < source.length) {
		const c = source[i];
		if (c === '\\') {
			i += 2;
			continue;
		}
		if (c === '\n') return open + 1;
		if (c === '/' && !inClass) {
			i += 1;
			while (i < source.length && /[a-z]/i.test(source[i] ?? '')) i += 1;
			return i;
		}
		if (c === '[') inClass = true;
		else if (c === ']') inClass = false;
		i += 1;
	}
	return open + 1;
}

/**
 * Decodes the escapes of a quoted JS string body.
 * @param {string} body
 */
function unescapeJs(body) {
	if (!body.includes('\\')) return body;
	return body.replace(
		/\\(u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|\r?\n|[\s\S])/g,
		(_match, escape, codePoint, unit, byte) => {
			const hex = codePoint ?? unit ?? byte;
			if (hex) return String.fromCodePoint(parseInt(hex, 16));
			if (escape === '\n' || escape === '\r\n') return '';
			return SIMPLE_ESCAPES[escape] ?? escape;
		}
	);
}

/**
 * A function mapping an offset in `source` to its 1-based line number.
 * @param {string} source
 * @returns {(offset: number) => number}
 */
export function lineLocator(source) {
	const starts = [0];
	for (let i = 0; i < source.length; i += 1) if (source[i] === '\n') starts.push(i + 1);
	return (offset) => {
		let low = 0;
		let high = starts.length - 1;
		while (low < high) {
			const middle = (low + high + 1) >> 1;
			if ((starts[middle] ?? 0) <= offset) low = middle;
			else high = middle - 1;
		}
		return low + 1;
	};
}
