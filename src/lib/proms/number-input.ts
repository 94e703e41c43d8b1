/**
 * Numbers as people type them, in their language (D-027). A comma is a decimal mark only
 * where the language writes decimals with one (Polish, Romanian), and a full stop only
 * where it is not the language's thousands separator: in Romanian "1.500" is fifteen
 * hundred, so reading it as 1.5 would misread the answer (H-018). Arabic-Indic digits
 * (Arabic, Urdu keyboards) are read as the digits they are. Grouping is never accepted.
 */

const ARABIC_INDIC = /[\u0660-\u0669]/g;
const EXTENDED_ARABIC_INDIC = /[\u06f0-\u06f9]/g;
const MINUS = /^[-\u2212]/;
// U+066B ARABIC DECIMAL SEPARATOR is never anything else, so it is read in any language.
const ARABIC_DECIMAL = '\u066b';

function separators(locale: string): { decimal: string; group: string } {
	const parts = new Intl.NumberFormat(locale, { useGrouping: true }).formatToParts(12345.5);
	return {
		decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
		group: parts.find((part) => part.type === 'group')?.value ?? ','
	};
}

/** The marks accepted between whole and fractional part in `locale`. */
export function decimalMarks(locale: string): string[] {
	const { decimal, group } = separators(locale);
	const marks = new Set([decimal, ARABIC_DECIMAL]);
	if (group !== '.') marks.add('.');
	return [...marks];
}

/**
 * The number typed, or null when it is not a plain number in `locale` ("4", "-2",
 * "4.5", "4,5" in Polish). Whole numbers only when `isWhole`.
 */
export function parseNumberText(text: string, locale: string, isWhole: boolean): number | null {
	const digits = text
		.trim()
		.replace(ARABIC_INDIC, (digit) => String(digit.charCodeAt(0) - 0x0660))
		.replace(EXTENDED_ARABIC_INDIC, (digit) => String(digit.charCodeAt(0) - 0x06f0))
		.replace(MINUS, '-');
	const marks = isWhole ? [] : decimalMarks(locale);
	const match = /^(-?\d+)(?:(\D)(\d+))?$/.exec(digits);
	if (!match) return null;
	const [, whole, mark, fraction] = match;
	if (mark !== undefined && !marks.includes(mark)) return null;
	return Number(fraction === undefined ? whole : `${whole}.${fraction}`);
}

/** A number as it goes back into a text box in `locale` (no grouping). */
export function numberInputText(value: number, locale: string): string {
	const { decimal } = separators(locale);
	return decimal === ',' ? String(value).replace('.', ',') : String(value);
}
