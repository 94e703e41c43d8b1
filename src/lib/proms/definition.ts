/**
 * Reads a FHIR R4 Questionnaire into Tend's model, or lists why it cannot: anything
 * outside the supported subset (docs/questionnaires.md, D-025) is a problem with the item's
 * linkId and an i18n key, and a definition with any problem is not usable. Nothing is
 * silently dropped: asking part of a questionnaire would give a misleading score.
 */
import { checkDependencies } from './definition-links';
import { readLimits, readOptions, readScaleLabels } from './definition-answers';
import { readCondition } from './definition-conditions';
import { QuestionnaireSchema, type RawItem } from './schema';
import {
	checkExtensions,
	checkKeys,
	EXTENSION,
	ITEM_KEYS,
	localText,
	QUESTIONNAIRE_KEYS
} from './subset';
import type { DefinitionProblem, DefinitionResult, EnableCondition, Item } from './types';

const TYPES = [
	'group',
	'display',
	'choice',
	'integer',
	'decimal',
	'boolean',
	'string',
	'text',
	'date'
];

/** The definition Tend can ask, or the problems that stop it being used. */
export function readQuestionnaire(json: unknown): DefinitionResult {
	const parsed = QuestionnaireSchema.safeParse(json);
	if (!parsed.success) {
		return {
			ok: false,
			problems: parsed.error.issues.map((issue) => ({
				key: 'proms:definition.problem.invalid_shape',
				values: { path: issue.path.join('.') }
			}))
		};
	}
	const raw = parsed.data;
	const problems: DefinitionProblem[] = [];
	checkKeys(raw, QUESTIONNAIRE_KEYS, problems);
	checkExtensions(raw.extension, [], problems);
	if (!raw.url) problems.push({ key: 'proms:definition.problem.missing_url' });
	if (!raw.version) problems.push({ key: 'proms:definition.problem.missing_version' });
	const title = raw.title === undefined ? undefined : localText(raw.title, raw._title, problems);
	const items = (raw.item ?? []).flatMap((item) => readItem(item, problems));
	if (items.length === 0) problems.push({ key: 'proms:definition.problem.no_items' });
	checkDependencies(items, problems);
	if (problems.length > 0) return { ok: false, problems };
	return {
		ok: true,
		definition: {
			url: raw.url ?? '',
			version: raw.version ?? '',
			...(title ? { title } : {}),
			...(raw.language ? { language: raw.language } : {}),
			items
		}
	};
}

function readItem(raw: RawItem, problems: DefinitionProblem[]): Item[] {
	const { linkId, type } = raw;
	const problem = (key: string, values?: Record<string, string>) =>
		problems.push({
			linkId,
			key,
			...(values ? { values } : {})
		});
	checkKeys(raw, ITEM_KEYS, problems, linkId);
	const isNumber = type === 'integer' || type === 'decimal';
	if (!TYPES.includes(type)) {
		problem('proms:definition.problem.unsupported_type', { type });
		return [];
	}
	checkExtensions(
		raw.extension,
		isNumber ? [EXTENSION.minValue, EXTENSION.maxValue] : [],
		problems,
		linkId
	);
	const base = {
		linkId,
		...(raw.text !== undefined ? { text: localText(raw.text, raw._text, problems, linkId) } : {}),
		...(typeof raw.prefix === 'string' ? { prefix: raw.prefix } : {}),
		enableWhen: readConditions(raw, problems),
		enableBehavior: raw.enableBehavior === 'any' ? ('any' as const) : ('all' as const)
	};
	const children = raw.item ?? [];
	const isQuestion = type !== 'group' && type !== 'display';
	if (raw.repeats === true && type !== 'choice')
		problem('proms:definition.problem.repeats_not_choice');
	if (raw.required === true && !isQuestion)
		problem('proms:definition.problem.required_not_question');
	if (raw.answerOption && type !== 'choice') problem('proms:definition.problem.options_not_choice');
	if (children.length > 0 && type !== 'group' && !isNumber) {
		problem(
			isQuestion
				? 'proms:definition.problem.nested_under_question'
				: 'proms:definition.problem.nested_under_display'
		);
	}
	const required = raw.required === true;
	switch (type) {
		case 'group':
			if (children.length === 0) problem('proms:definition.problem.empty_group');
			return [{ ...base, type, items: children.flatMap((child) => readItem(child, problems)) }];
		case 'display':
			return [{ ...base, type }];
		case 'choice':
			return [
				{
					...base,
					type,
					required,
					repeats: raw.repeats === true,
					options: readOptions(raw, problems)
				}
			];
		case 'integer':
		case 'decimal':
			return [
				{
					...base,
					type,
					required,
					...readLimits(raw, problems),
					...readScaleLabels(raw, problems)
				}
			];
		default:
			return [{ ...base, type: type as 'boolean' | 'string' | 'text' | 'date', required }];
	}
}

function readConditions(raw: RawItem, problems: DefinitionProblem[]): EnableCondition[] {
	const conditions = (raw.enableWhen ?? []).flatMap((condition) =>
		readCondition(condition, problems, raw.linkId)
	);
	const behaviour = raw.enableBehavior;
	// FHIR que-12: more than one condition needs enableBehavior; guessing would change who is asked.
	if (
		behaviour === undefined
			? (raw.enableWhen?.length ?? 0) > 1
			: behaviour !== 'all' && behaviour !== 'any'
	) {
		problems.push({ linkId: raw.linkId, key: 'proms:definition.problem.enable_behavior_invalid' });
	}
	return conditions;
}
