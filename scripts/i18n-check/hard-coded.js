/**
 * Finds text a person would read that is written straight into a Svelte component instead
 * of coming from `t()`: text nodes with a letter in them, and literal values of the
 * attributes that are shown or spoken. `{…}` expressions, tags, comments, `<script>` and
 * `<style>` never count. A line holding `<!-- i18n-ignore -->` (optionally with a reason
 * before the `-->`) exempts the line after it.
 */
import { lineLocator } from './js-scan.js';
import { parseSvelte } from './svelte-markup.js';

/**
 * @typedef {object} HardCodedString
 * @property {number} line - 1-based line of the first letter (text) or of the attribute name
 * @property {'text' | 'attribute'} kind
 * @property {string} text - the literal text as written, whitespace collapsed
 * @property {string} [attribute] - the attribute name, for kind 'attribute'
 */

/** Attributes whose value is shown or read aloud, on any element or component. */
const VISIBLE_ATTRIBUTES = new Set([
	'aria-label',
	'aria-description',
	'aria-roledescription',
	'aria-valuetext',
	'aria-placeholder',
	'alt',
	'title',
	'placeholder',
	'label'
]);

/** `<input type=…>` values whose `value` is the button's caption. */
const BUTTON_INPUT_TYPES = new Set(['submit', 'button', 'reset']);

/** Named character references that stand for spaces or punctuation, not letters. */
const NON_LETTER_ENTITIES = new Set(
	(
		'nbsp amp lt gt quot apos middot mdash ndash hellip copy reg trade times divide minus ' +
		'plusmn deg bull lsquo rsquo ldquo rdquo sbquo bdquo laquo raquo lsaquo rsaquo larr ' +
		'rarr uarr darr harr thinsp ensp emsp zwj zwnj lrm rlm shy pound euro dollar percnt ' +
		'colon comma period excl quest lpar rpar sol vert num ast'
	).split(' ')
);

const LETTER = /\p{L}/u;
const IGNORE_COMMENT = /^<!--\s*i18n-ignore\b/;

/**
 * Hard-coded user-visible strings in one Svelte component's source.
 * @param {string} source
 * @returns {HardCodedString[]}
 */
export function findHardCodedStrings(source) {
	const parts = parseSvelte(source);
	const lineOf = lineLocator(source);
	const ignoredLines = new Set(
		parts.comments
			.filter((comment) => IGNORE_COMMENT.test(source.slice(comment.start, comment.end)))
			.map((comment) => lineOf(comment.end - 1) + 1)
	);
	/** @type {{ offset: number, item: HardCodedString }[]} */
	const found = [];

	for (const range of parts.texts) {
		const raw = source.slice(range.start, range.end);
		if (!LETTER.test(decodeEntities(raw))) continue;
		const offset = range.start + raw.search(/\S/);
		found.push({ offset, item: { line: lineOf(offset), kind: 'text', text: collapse(raw) } });
	}

	for (const element of parts.elements) {
		const type = literalValue(
			source,
			element.attributes.find((a) => a.name === 'type')
		);
		const isButtonInput =
			element.name.toLowerCase() === 'input' && BUTTON_INPUT_TYPES.has(type.toLowerCase());
		for (const attribute of element.attributes) {
			const name = attribute.name.toLowerCase();
			if (!VISIBLE_ATTRIBUTES.has(name) && !(isButtonInput && name === 'value')) continue;
			const text = literalValue(source, attribute);
			if (!LETTER.test(decodeEntities(text))) continue;
			found.push({
				offset: attribute.start,
				item: {
					line: lineOf(attribute.start),
					kind: 'attribute',
					attribute: attribute.name,
					text: collapse(text)
				}
			});
		}
	}

	return found
		.sort((a, b) => a.offset - b.offset)
		.map(({ item }) => item)
		.filter((item) => !ignoredLines.has(item.line));
}

/**
 * The literal text of an attribute value with its `{…}` parts left out.
 * @param {string} source
 * @param {import('./svelte-markup.js').Attribute | undefined} attribute
 */
function literalValue(source, attribute) {
	if (!attribute) return '';
	return attribute.parts
		.filter((part) => part.kind === 'text')
		.map((part) => source.slice(part.start, part.end))
		.join(' ');
}

/**
 * Replaces character references with what they stand for, as far as letters go: numeric
 * ones are decoded, known punctuation names become a space, unknown names stay as text.
 * @param {string} text
 */
function decodeEntities(text) {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, body) => {
		const code = body.toLowerCase();
		if (code.startsWith('#x')) return safeCodePoint(parseInt(code.slice(2), 16));
		if (code.startsWith('#')) return safeCodePoint(parseInt(code.slice(1), 10));
		return NON_LETTER_ENTITIES.has(code) ? ' ' : match;
	});
}

/** @param {number} code */
function safeCodePoint(code) {
	return code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
}

/**
 * Collapses white space and shortens long text for a one-line message.
 * @param {string} text
 */
function collapse(text) {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}
