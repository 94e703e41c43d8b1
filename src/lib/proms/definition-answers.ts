// Reads what a question may answer: the options of a choice (with their ordinal values) and
// the limits of a number. Part of definition.ts; problems are reported, never skipped.
import { CodingSchema, type RawItem } from './schema';
import {
	checkExtensions,
	checkKeys,
	CODING_KEYS,
	EXTENSION,
	extensionValue,
	localText,
	OPTION_KEYS
} from './subset';
import type { AnswerOption, DefinitionProblem, LocalText } from './types';

/** The options of a choice question. */
export function readOptions(raw: RawItem, problems: DefinitionProblem[]): AnswerOption[] {
	const { linkId } = raw;
	const options = raw.answerOption ?? [];
	if (options.length === 0)
		problems.push({ linkId, key: 'proms:definition.problem.choice_without_options' });
	// Answers and scores are looked up by code, so a code may stand for one option only.
	const seen = new Set<string>();
	return options.flatMap((option) => {
		checkKeys(option, OPTION_KEYS, problems, linkId);
		const scoring = [EXTENSION.ordinalValue, EXTENSION.itemWeight];
		checkExtensions(option.extension, scoring, problems, linkId);
		const coding = CodingSchema.safeParse(option.valueCoding);
		if (!coding.success || !coding.data.code) {
			problems.push({ linkId, key: 'proms:definition.problem.option_not_coding' });
			return [];
		}
		const { system, code, display, _display, extension } = coding.data;
		if (seen.has(code)) {
			problems.push({ linkId, key: 'proms:definition.problem.duplicate_option', values: { code } });
		}
		seen.add(code);
		checkKeys(coding.data, CODING_KEYS, problems, linkId);
		checkExtensions(extension, scoring, problems, linkId);
		const scores = [option.extension, extension].flatMap((list) =>
			scoring.map((url) => extensionValue(list, url)).filter((value) => value !== undefined)
		);
		if (scores.some((score) => typeof score !== 'number' || !Number.isFinite(score))) {
			problems.push({
				linkId,
				key: 'proms:definition.problem.ordinal_not_number',
				values: { code }
			});
		} else if (new Set(scores).size > 1) {
			problems.push({ linkId, key: 'proms:definition.problem.ordinal_conflict', values: { code } });
		}
		const score = scores[0];
		return [
			{
				code,
				...(system ? { system } : {}),
				...(display !== undefined
					? { display: localText(display, _display, problems, linkId) }
					: {}),
				...(typeof score === 'number' ? { score } : {})
			}
		];
	});
}

/** The min and max of a number question (minValue / maxValue extensions). */
export function readLimits(
	raw: RawItem,
	problems: DefinitionProblem[]
): { min?: number; max?: number } {
	const limits: { min?: number; max?: number } = {};
	for (const [name, url] of [
		['min', EXTENSION.minValue],
		['max', EXTENSION.maxValue]
	] as const) {
		const value = extensionValue(raw.extension, url);
		if (value === undefined) continue;
		const isValid =
			typeof value === 'number' && (raw.type === 'decimal' || Number.isInteger(value));
		if (isValid) limits[name] = value;
		else problems.push({ linkId: raw.linkId, key: 'proms:definition.problem.limit_invalid' });
	}
	if (limits.min !== undefined && limits.max !== undefined && limits.min > limits.max) {
		problems.push({ linkId: raw.linkId, key: 'proms:definition.problem.limit_invalid' });
	}
	return limits;
}

/**
 * The end labels of a number scale: child display items marked with item control
 * "lower" / "upper" (SDC), the only children a question may have (D-026). Any other
 * child is a problem: Tend would not know where to show it.
 */
export function readScaleLabels(
	raw: RawItem,
	problems: DefinitionProblem[]
): { lowerLabel?: LocalText; upperLabel?: LocalText } {
	const labels: { lowerLabel?: LocalText; upperLabel?: LocalText } = {};
	for (const child of raw.item ?? []) {
		const control = itemControlOf(child);
		const isLabel =
			child.type === 'display' &&
			typeof child.text === 'string' &&
			!child.item?.length &&
			!child.enableWhen?.length &&
			(control === 'lower' || control === 'upper');
		if (!isLabel) {
			problems.push({ linkId: raw.linkId, key: 'proms:definition.problem.nested_under_question' });
			continue;
		}
		checkKeys(child, LABEL_KEYS, problems, child.linkId);
		checkExtensions(child.extension, [EXTENSION.itemControl], problems, child.linkId);
		const key = control === 'lower' ? 'lowerLabel' : 'upperLabel';
		if (labels[key])
			problems.push({ linkId: raw.linkId, key: 'proms:definition.problem.nested_under_question' });
		labels[key] = localText(child.text as string, child._text, problems, child.linkId);
	}
	return labels;
}

const LABEL_KEYS = new Set(['id', 'linkId', 'type', 'text', '_text', 'extension']);

function itemControlOf(raw: RawItem): string | undefined {
	const concept = extensionValue(raw.extension, EXTENSION.itemControl) as
		{ coding?: Array<{ system?: unknown; code?: unknown }> } | undefined;
	const coding = concept?.coding?.find(
		(c) => c.system === 'http://hl7.org/fhir/questionnaire-item-control'
	);
	return typeof coding?.code === 'string' ? coding.code : undefined;
}
