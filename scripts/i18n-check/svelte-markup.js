/**
 * A light reader of Svelte 5 component source. It splits a file into what the checks need
 * (text nodes, attributes, `{…}` expressions, `<script>`/`<style>` contents and HTML
 * comments) without compiling it. Expressions are skipped with the JS scanner, so braces,
 * quotes, template literals and regexes inside them are handled; block tags such as
 * `{#if}`, `{:else}`, `{/each}`, `{@render x()}` and `{#snippet name(a)}` are expressions
 * too.
 */
import { scanJs } from './js-scan.js';

/**
 * @typedef {import('./js-scan.js').JsString} JsString
 * @typedef {{ start: number, end: number }} Range
 * @typedef {{ kind: 'text' | 'expression', start: number, end: number }} AttributePart
 * @typedef {object} Attribute
 * @property {string} name
 * @property {number} start - offset of the attribute name
 * @property {AttributePart[]} parts - literal text and `{…}` parts of the value (none for a
 *   bare attribute)
 * @typedef {object} Element
 * @property {string} name
 * @property {number} start - offset of the `<`
 * @property {Attribute[]} attributes
 * @typedef {object} SvelteParts
 * @property {Range[]} texts - text between tags, expressions and comments, outside script and style
 * @property {Element[]} elements - opening tags with their attributes
 * @property {Range[]} comments - whole `<!-- … -->` comments
 * @property {Range[]} scripts - contents of `<script>` blocks
 * @property {Range[]} styles - contents of `<style>` blocks
 * @property {JsString[]} strings - string literals in scripts and expressions
 */

const TAG_NAME = /[A-Za-z][\w:.-]*/y;
const ATTRIBUTE_NAME = /[^\s=>/"'{}]+/y;

/**
 * Splits Svelte component source into text, elements, comments, scripts and styles.
 * @param {string} source
 * @returns {SvelteParts}
 */
export function parseSvelte(source) {
	/** @type {SvelteParts} */
	const parts = { texts: [], elements: [], comments: [], scripts: [], styles: [], strings: [] };
	let i = 0;
	let textStart = 0;
	const closeText = (/** @type {number} */ end) => {
		if (end > textStart) parts.texts.push({ start: textStart, end });
	};
	while (i < source.length) {
		const c = source[i];
		const next = source[i + 1] ?? '';
		if (c === '<' && source.startsWith('<!--', i)) {
			closeText(i);
			const close = source.indexOf('-->', i + 4);
			const end = close < 0 ? source.length : close + 3;
			parts.comments.push({ start: i, end });
			i = textStart = end;
		} else if (c === '<' && (next === '/' || next === '!')) {
			closeText(i);
			const close = source.indexOf('>', i);
			i = textStart = close < 0 ? source.length : close + 1;
		} else if (c === '<' && /[A-Za-z]/.test(next)) {
			closeText(i);
			const element = readTag(source, i, parts.strings);
			parts.elements.push(element.element);
			i = textStart = element.end;
			const lower = element.element.name.toLowerCase();
			if ((lower === 'script' || lower === 'style') && !element.selfClosing) {
				const closeTag = source.toLowerCase().indexOf(`</${lower}`, i);
				const contentEnd = closeTag < 0 ? source.length : closeTag;
				const range = { start: i, end: contentEnd };
				if (lower === 'script') {
					parts.scripts.push(range);
					parts.strings.push(...scanJs(source.slice(0, contentEnd), i).strings);
				} else {
					parts.styles.push(range);
				}
				const tagEnd = source.indexOf('>', contentEnd);
				i = textStart = tagEnd < 0 ? source.length : tagEnd + 1;
			}
		} else if (c === '{') {
			closeText(i);
			i = textStart = readMustache(source, i, parts.strings);
		} else {
			i += 1;
		}
	}
	closeText(source.length);
	return parts;
}

/**
 * Reads a `{…}` tag at `open` (expression or block tag) and returns the offset after it.
 * @param {string} source
 * @param {number} open
 * @param {JsString[]} strings - receives the string literals inside
 */
function readMustache(source, open, strings) {
	let start = open + 1;
	const marker = source[start];
	if (marker === '/') {
		const close = source.indexOf('}', start);
		return close < 0 ? source.length : close + 1;
	}
	if (marker === '#' || marker === ':' || marker === '@') {
		start += 1;
		while (start < source.length && /[a-z]/.test(source[start] ?? '')) start += 1;
	}
	const expression = scanJs(source, start, true);
	strings.push(...expression.strings);
	return Math.min(expression.end + 1, source.length);
}

/**
 * Reads an opening tag at `open` with its attributes.
 * @param {string} source
 * @param {number} open
 * @param {JsString[]} strings - receives string literals inside attribute expressions
 * @returns {{ element: Element, end: number, selfClosing: boolean }}
 */
function readTag(source, open, strings) {
	TAG_NAME.lastIndex = open + 1;
	const name = TAG_NAME.exec(source)?.[0] ?? '';
	/** @type {Element} */
	const element = { name, start: open, attributes: [] };
	let i = open + 1 + name.length;
	while (i < source.length) {
		const c = source[i] ?? '';
		if (/\s/.test(c)) {
			i += 1;
		} else if (c === '>') {
			return { element, end: i + 1, selfClosing: false };
		} else if (c === '/' && source[i + 1] === '>') {
			return { element, end: i + 2, selfClosing: true };
		} else if (c === '{') {
			// Shorthand `{value}`, spread `{...props}` or `{@attach …}`.
			i = readMustache(source, i, strings);
		} else {
			ATTRIBUTE_NAME.lastIndex = i;
			const attributeName = ATTRIBUTE_NAME.exec(source)?.[0];
			if (!attributeName) {
				i += 1;
				continue;
			}
			/** @type {Attribute} */
			const attribute = { name: attributeName, start: i, parts: [] };
			element.attributes.push(attribute);
			i += attributeName.length;
			let j = i;
			while (/\s/.test(source[j] ?? '')) j += 1;
			if (source[j] !== '=') continue;
			j += 1;
			while (/\s/.test(source[j] ?? '')) j += 1;
			i = readAttributeValue(source, j, attribute.parts, strings);
		}
	}
	return { element, end: source.length, selfClosing: false };
}

/**
 * Reads an attribute value (quoted, unquoted or `{…}`) at `start` into `parts`.
 * @param {string} source
 * @param {number} start
 * @param {AttributePart[]} parts
 * @param {JsString[]} strings
 * @returns {number} offset after the value
 */
function readAttributeValue(source, start, parts, strings) {
	const quote = source[start];
	const isQuoted = quote === '"' || quote === "'";
	let i = isQuoted ? start + 1 : start;
	let textStart = i;
	const closeText = (/** @type {number} */ end) => {
		if (end > textStart) parts.push({ kind: 'text', start: textStart, end });
	};
	while (i < source.length) {
		const c = source[i] ?? '';
		const endsValue = isQuoted
			? c === quote
			: /\s/.test(c) || c === '>' || (c === '/' && source[i + 1] === '>');
		if (endsValue) {
			closeText(i);
			return isQuoted ? i + 1 : i;
		}
		if (c === '{') {
			closeText(i);
			const expressionStart = i + 1;
			const expression = scanJs(source, expressionStart, true);
			strings.push(...expression.strings);
			parts.push({ kind: 'expression', start: expressionStart, end: expression.end });
			i = textStart = Math.min(expression.end + 1, source.length);
			if (!isQuoted && parts.length === 1) return i;
		} else {
			i += 1;
		}
	}
	closeText(source.length);
	return source.length;
}
