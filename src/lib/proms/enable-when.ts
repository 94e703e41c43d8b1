/**
 * Whether an item is enabled, per the R4 rules: each condition is tested against the
 * answers of the question it names; `enableBehavior` combines several (all / any); an item
 * whose ancestor is disabled is disabled; and a question that is itself disabled counts as
 * not answered ("the logic should proceed as though the item is not valued"), so hiding
 * chains. Operators as in the questionnaire-enable-operator code system: `=` and ordered
 * ones are true when at least one answer matches, `!=` when none does (so also when the
 * question is not answered), `exists` compares "has an answer" with the boolean given.
 * See: https://hl7.org/fhir/R4/questionnaire-definitions.html#Questionnaire.item.enableWhen
 * and https://hl7.org/fhir/R4/codesystem-questionnaire-enable-operator.html
 */
import type { Answer, Answers, EnableCondition, Item, QuestionnaireDefinition } from './types';
import { indexOf } from './tree';

/** Whether `item` of `definition` is enabled given the answers so far. */
export function isEnabled(
	definition: QuestionnaireDefinition,
	item: Item,
	answers: Answers
): boolean {
	return enabledTest(definition, answers)(item.linkId);
}

/** A memoised test for many items under the same answers. */
export function enabledTest(
	definition: QuestionnaireDefinition,
	answers: Answers
): (linkId: string) => boolean {
	const { byLinkId, parentOf } = indexOf(definition);
	const known = new Map<string, boolean>();
	const test = (linkId: string): boolean => {
		const cached = known.get(linkId);
		if (cached !== undefined) return cached;
		const item = byLinkId.get(linkId);
		const parent = parentOf.get(linkId);
		// The definition was checked for cycles, so this recursion ends.
		const result =
			item !== undefined && (parent === undefined || test(parent)) && ownConditionsHold(item);
		known.set(linkId, result);
		return result;
	};
	const answersOf = (linkId: string): readonly Answer[] =>
		test(linkId) ? (answers[linkId] ?? []) : [];
	const ownConditionsHold = (item: Item): boolean => {
		if (item.enableWhen.length === 0) return true;
		const holds = (condition: EnableCondition) =>
			conditionHolds(condition, answersOf(condition.question));
		return item.enableBehavior === 'any'
			? item.enableWhen.some(holds)
			: item.enableWhen.every(holds);
	};
	return test;
}

/** One condition against the (enabled) answers of its question. */
export function conditionHolds(condition: EnableCondition, given: readonly Answer[]): boolean {
	const { operator, answer } = condition;
	if (operator === 'exists') return answer.kind === 'boolean' && given.length > 0 === answer.value;
	if (operator === '!=') return !given.some((value) => compare(value, answer) === 0);
	return given.some((value) => {
		const order = compare(value, answer);
		if (order === undefined) return false;
		switch (operator) {
			case '=':
				return order === 0;
			case '>':
				return order > 0;
			case '<':
				return order < 0;
			case '>=':
				return order >= 0;
			case '<=':
				return order <= 0;
		}
	});
}

/** 0 when equal, the sign of the difference when ordered; undefined when not comparable. */
function compare(value: Answer, expected: Answer): number | undefined {
	if (value.kind === 'coding' && expected.kind === 'coding') {
		// A system on both sides must agree; a code alone matches any system.
		const sameSystem = !value.system || !expected.system || value.system === expected.system;
		return sameSystem && value.code === expected.code ? 0 : Number.NaN;
	}
	if (value.kind !== expected.kind || value.kind === 'coding' || expected.kind === 'coding') {
		return undefined;
	}
	const [a, b]: unknown[] = [value.value, expected.value];
	if (typeof a === 'number' && typeof b === 'number') return Math.sign(a - b);
	if (typeof a === 'string' && typeof b === 'string') return a === b ? 0 : a < b ? -1 : 1;
	return a === b ? 0 : Number.NaN;
}
