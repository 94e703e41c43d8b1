/**
 * Checks answers against their questions: required, the shape of each value, min/max and
 * choice from the options. Only enabled questions are checked (a hidden question is never
 * required). Errors carry i18n keys for the error summary and the field.
 */
import { questionsToAsk } from './engine';
import { parseNumberText } from './number-input';
import type { Answer, Answers, Question, QuestionnaireDefinition } from './types';

export interface AnswerError {
	linkId: string;
	key: string;
	values?: Readonly<Record<string, string>>;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Every error in the enabled questions, in the order they are asked. */
export function validateAnswers(
	definition: QuestionnaireDefinition,
	answers: Answers
): AnswerError[] {
	return questionsToAsk(definition, answers).flatMap((question) =>
		validateQuestion(question, answers[question.linkId] ?? [])
	);
}

/** The errors of one question's answers (empty when it may go on). */
export function validateQuestion(question: Question, given: readonly Answer[]): AnswerError[] {
	const { linkId } = question;
	const error = (key: string, values?: Record<string, string>): AnswerError[] => [
		{ linkId, key, ...(values ? { values } : {}) }
	];
	if (given.length === 0) return question.required ? error('proms:validation.required') : [];
	if (given.length > 1 && !(question.type === 'choice' && question.repeats))
		return error('proms:validation.one_answer');
	for (const answer of given) {
		const problem = answerProblem(question, answer);
		if (problem) return error(problem.key, problem.values);
	}
	return [];
}

function answerProblem(
	question: Question,
	answer: Answer
): { key: string; values?: Record<string, string> } | undefined {
	switch (question.type) {
		case 'choice':
			return answer.kind === 'coding' &&
				question.options.some(
					(option) =>
						option.code === answer.code &&
						(!option.system || !answer.system || option.system === answer.system)
				)
				? undefined
				: { key: 'proms:validation.not_an_option' };
		case 'integer':
		case 'decimal': {
			const isShape =
				answer.kind === question.type &&
				Number.isFinite(answer.value) &&
				(question.type === 'decimal' || Number.isInteger(answer.value));
			if (!isShape)
				return {
					key:
						question.type === 'integer'
							? 'proms:validation.not_whole_number'
							: 'proms:validation.not_number'
				};
			const { min, max } = question;
			if (min !== undefined && answer.value < min)
				return { key: 'proms:validation.below_min', values: { min: `${min}` } };
			if (max !== undefined && answer.value > max)
				return { key: 'proms:validation.above_max', values: { max: `${max}` } };
			return undefined;
		}
		case 'date':
			return answer.kind === 'date' && isCalendarDate(answer.value)
				? undefined
				: { key: 'proms:validation.not_date' };
		case 'boolean':
			return answer.kind === 'boolean' ? undefined : { key: 'proms:validation.not_yes_no' };
		case 'string':
		case 'text':
			return answer.kind === 'string' && /\S/.test(answer.value)
				? undefined
				: { key: 'proms:validation.required' };
	}
}

/** True for a real day written YYYY-MM-DD (no 31 February). */
export function isCalendarDate(value: string): boolean {
	const match = DATE.exec(value);
	if (!match) return false;
	const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
	const date = new Date(Date.UTC(year, month - 1, day));
	return (
		date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
	);
}

/**
 * What a person typed for a number, date or text question, as answers: empty input is no
 * answer; input of the wrong shape is an error key. Numbers are read in `locale`
 * (number-input.ts: a decimal comma in Polish and Romanian, D-027).
 */
export function parseInput(
	question: Question,
	input: string,
	locale = 'en-GB'
): { ok: true; answers: Answer[] } | { ok: false; key: string } {
	const text = input.trim();
	if (text === '') return { ok: true, answers: [] };
	switch (question.type) {
		case 'integer':
		case 'decimal': {
			const value = parseNumberText(text, locale, question.type === 'integer');
			if (value !== null) return { ok: true, answers: [{ kind: question.type, value }] };
			return {
				ok: false,
				key:
					question.type === 'integer'
						? 'proms:validation.not_whole_number'
						: 'proms:validation.not_number'
			};
		}
		case 'date':
			return isCalendarDate(text)
				? { ok: true, answers: [{ kind: 'date', value: text }] }
				: { ok: false, key: 'proms:validation.not_date' };
		case 'string':
		case 'text':
			return { ok: true, answers: [{ kind: 'string', value: input }] };
		default:
			return { ok: false, key: 'proms:validation.not_an_option' };
	}
}
