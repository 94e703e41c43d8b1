/**
 * The supported FHIR subset as data: which elements and extensions a definition may use,
 * and the readers of the extensions Tend understands. Everything else is a problem
 * (docs/questionnaires.md "Supported FHIR subset", D-025).
 */
import type { RawElement, RawExtension } from './schema';
import type { DefinitionProblem, LocalText } from './types';

export const EXTENSION = {
	ordinalValue: 'http://hl7.org/fhir/StructureDefinition/ordinalValue',
	itemWeight: 'http://hl7.org/fhir/StructureDefinition/itemWeight',
	minValue: 'http://hl7.org/fhir/StructureDefinition/minValue',
	maxValue: 'http://hl7.org/fhir/StructureDefinition/maxValue',
	translation: 'http://hl7.org/fhir/StructureDefinition/translation',
	itemControl: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl'
} as const;

/** The item-control codes a number question's end labels use (SDC "lower" / "upper"). */
export const SCALE_LABEL_CONTROLS = ['lower', 'upper'] as const;

/** Metadata a definition may carry; none of it changes what is asked. */
export const QUESTIONNAIRE_KEYS = new Set([
	'resourceType',
	'id',
	'meta',
	'language',
	'text',
	'extension',
	'url',
	'identifier',
	'version',
	'name',
	'title',
	'_title',
	'derivedFrom',
	'status',
	'experimental',
	'subjectType',
	'date',
	'publisher',
	'contact',
	'description',
	'useContext',
	'jurisdiction',
	'purpose',
	'copyright',
	'approvalDate',
	'lastReviewDate',
	'effectivePeriod',
	'code',
	'item'
]);

export const ITEM_KEYS = new Set([
	'id',
	'linkId',
	'definition',
	'code',
	'prefix',
	'text',
	'_text',
	'type',
	'enableWhen',
	'enableBehavior',
	'required',
	'repeats',
	'answerOption',
	'item',
	'extension'
]);

export const OPTION_KEYS = new Set(['id', 'valueCoding', 'extension']);
export const CODING_KEYS = new Set([
	'id',
	'system',
	'version',
	'code',
	'display',
	'_display',
	'extension'
]);
export const ENABLE_WHEN_KEYS = new Set([
	'id',
	'question',
	'operator',
	'answerBoolean',
	'answerDecimal',
	'answerInteger',
	'answerDate',
	'answerString',
	'answerCoding'
]);

/** Elements with a problem of their own, more telling than "not supported". */
export const NAMED_ELEMENTS: Readonly<Record<string, string>> = {
	answerValueSet: 'proms:definition.problem.answer_value_set',
	initial: 'proms:definition.problem.initial_value',
	initialSelected: 'proms:definition.problem.initial_value',
	modifierExtension: 'proms:definition.problem.modifier_extension',
	implicitRules: 'proms:definition.problem.modifier_extension'
};

/** Reports every key of `object` outside `allowed`, each once. */
export function checkKeys(
	object: Record<string, unknown>,
	allowed: ReadonlySet<string>,
	problems: DefinitionProblem[],
	linkId?: string
): void {
	for (const key of Object.keys(object)) {
		if (allowed.has(key)) continue;
		const named = NAMED_ELEMENTS[key];
		problems.push(
			named
				? { linkId, key: named }
				: { linkId, key: 'proms:definition.problem.unsupported_element', values: { element: key } }
		);
	}
}

/** Reports every extension whose url is not in `allowed`. */
export function checkExtensions(
	extensions: readonly RawExtension[] | undefined,
	allowed: readonly string[],
	problems: DefinitionProblem[],
	linkId?: string
): void {
	for (const { url } of extensions ?? []) {
		if (allowed.includes(url)) continue;
		// SDC expressions (calculated, initial, enableWhen, answer, variable) compute answers
		// or visibility: asking without them would change the questionnaire.
		const isExpression = /Expression$|sdc-questionnaire-variable$/.test(url);
		problems.push({
			linkId,
			key: isExpression
				? 'proms:definition.problem.calculated_expression'
				: 'proms:definition.problem.unsupported_extension',
			values: { url }
		});
	}
}

/** The value of the first extension with this url, whatever its value[x]. */
export function extensionValue(
	extensions: readonly RawExtension[] | undefined,
	url: string
): unknown {
	const found = extensions?.find((extension) => extension.url === url);
	if (!found) return undefined;
	const key = Object.keys(found).find((name) => name.startsWith('value'));
	return key ? found[key] : undefined;
}

/** Text with the translations in its `_text`-style element; reports malformed ones. */
export function localText(
	text: string,
	element: RawElement | undefined,
	problems: DefinitionProblem[],
	linkId?: string
): LocalText {
	const translations: Record<string, string> = {};
	checkExtensions(element?.extension, [EXTENSION.translation], problems, linkId);
	for (const extension of element?.extension ?? []) {
		if (extension.url !== EXTENSION.translation) continue;
		const lang = extensionValue(extension.extension, 'lang');
		const content = extensionValue(extension.extension, 'content');
		if (typeof lang === 'string' && typeof content === 'string' && content.trim() !== '') {
			translations[lang] = content;
		} else {
			problems.push({ linkId, key: 'proms:definition.problem.translation_invalid' });
		}
	}
	checkKeys(element ?? {}, new Set(['id', 'extension']), problems, linkId);
	return { text, translations };
}

/** The text in `language` (or its primary language, "cy" for "cy-GB"), else the definition's own. */
export function textIn(text: LocalText, language: string): string {
	const primary = language.split('-')[0] ?? language;
	return text.translations[language] ?? text.translations[primary] ?? text.text;
}
