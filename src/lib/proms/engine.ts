/**
 * What to ask and what counts, given the answers so far. Invariant: an item that is not
 * enabled (enable-when.ts) is not asked, not validated, not scored and not sent — its
 * answers are dropped, so nothing the person did not see can reach the service (H-018).
 */
import { enabledTest } from './enable-when';
import {
	isQuestion,
	type Answers,
	type Item,
	type Question,
	type QuestionnaireDefinition
} from './types';

/** The enabled questions in the order they are asked (one per screen, or all on a page). */
export function questionsToAsk(definition: QuestionnaireDefinition, answers: Answers): Question[] {
	const isOn = enabledTest(definition, answers);
	const out: Question[] = [];
	const walk = (items: readonly Item[]) => {
		for (const item of items) {
			if (!isOn(item.linkId)) continue;
			if (item.type === 'group') walk(item.items);
			else if (isQuestion(item)) out.push(item);
		}
	};
	walk(definition.items);
	return out;
}

/** The enabled items as a tree (groups, display text and questions), for one page. */
export function visibleItems(definition: QuestionnaireDefinition, answers: Answers): Item[] {
	const isOn = enabledTest(definition, answers);
	const prune = (items: readonly Item[]): Item[] =>
		items
			.filter((item) => isOn(item.linkId))
			.map((item) => (item.type === 'group' ? { ...item, items: prune(item.items) } : item));
	return prune(definition.items);
}

/** "Question 3 of 9" over the enabled questions; null when the question is not asked. */
export function progress(
	definition: QuestionnaireDefinition,
	answers: Answers,
	linkId: string
): { position: number; total: number } | null {
	const asked = questionsToAsk(definition, answers);
	const index = asked.findIndex((question) => question.linkId === linkId);
	return index < 0 ? null : { position: index + 1, total: asked.length };
}

/**
 * The answers that count: those of enabled questions, non-empty. One pass is enough, since
 * enabledTest already reads a hidden question as not answered.
 */
export function enabledAnswers(definition: QuestionnaireDefinition, answers: Answers): Answers {
	const asked = new Set(questionsToAsk(definition, answers).map((question) => question.linkId));
	return Object.fromEntries(
		Object.entries(answers).filter(([linkId, list]) => asked.has(linkId) && list.length > 0)
	);
}

/**
 * Each scorable question's value for scoring modules: the ordinal value of the chosen
 * option (the sum for a question that repeats), or the number given for integer and
 * decimal questions; null when the question is hidden, not answered, or the option has no
 * ordinal value. Questions that cannot be scored have no key.
 */
export function itemScores(
	definition: QuestionnaireDefinition,
	answers: Answers
): Record<string, number | null> {
	const counted = enabledAnswers(definition, answers);
	const scores: Record<string, number | null> = {};
	const walk = (items: readonly Item[]) => {
		for (const item of items) {
			if (item.type === 'group') walk(item.items);
			else if (isQuestion(item) && isScorable(item)) scores[item.linkId] = scoreOf(item, counted);
		}
	};
	walk(definition.items);
	return scores;
}

function isScorable(question: Question): boolean {
	if (question.type === 'choice')
		return question.options.some((option) => option.score !== undefined);
	return question.type === 'integer' || question.type === 'decimal';
}

function scoreOf(question: Question, answers: Answers): number | null {
	const given = answers[question.linkId] ?? [];
	if (given.length === 0) return null;
	let total = 0;
	for (const answer of given) {
		if (answer.kind === 'integer' || answer.kind === 'decimal') {
			total += answer.value;
			continue;
		}
		if (answer.kind !== 'coding' || question.type !== 'choice') return null;
		const option = question.options.find((candidate) => candidate.code === answer.code);
		if (option?.score === undefined) return null;
		total += option.score;
	}
	return total;
}
