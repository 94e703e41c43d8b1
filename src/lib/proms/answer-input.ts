/**
 * Answers to and from what the filler's fields hold: chosen option codes, yes/no, a point
 * on a scale, typed text and date boxes. Typed input that is not a valid answer gives an
 * error key and no answer, so a draft never holds a value the person did not mean (H-018).
 */
import type { DateParts } from '$lib/ui/types';
import { numberInputText } from './number-input';
import { isCalendarDate } from './validate';
import type { Answer, ChoiceQuestion, NumberQuestion, Question } from './types';

export type InputResult = { ok: true; answers: Answer[] } | { ok: false; key: string };

/** The most points a scale of radio buttons shows (0–10); wider ranges are typed. */
export const MAX_SCALE_POINTS = 11;

/** True for a whole-number question with both limits and at most 11 points (0–10). */
export function isScale(question: Question): question is NumberQuestion {
	return (
		question.type === 'integer' &&
		question.min !== undefined &&
		question.max !== undefined &&
		question.max - question.min + 1 <= MAX_SCALE_POINTS
	);
}

/** The codes chosen, in the order given. */
export function chosenCodes(given: readonly Answer[]): string[] {
	return given.flatMap((answer) => (answer.kind === 'coding' ? [answer.code] : []));
}

/** Answers for the chosen codes, each with its option's system, in the options' order. */
export function choiceAnswers(question: ChoiceQuestion, codes: readonly string[]): Answer[] {
	return question.options
		.filter((option) => codes.includes(option.code))
		.map((option) => ({
			kind: 'coding',
			...(option.system ? { system: option.system } : {}),
			code: option.code
		}));
}

/** 'yes', 'no' or null for a yes/no question. */
export function booleanValue(given: readonly Answer[]): 'yes' | 'no' | null {
	const answer = given[0];
	if (answer?.kind !== 'boolean') return null;
	return answer.value ? 'yes' : 'no';
}

export function booleanAnswers(value: string | null): Answer[] {
	return value === 'yes' || value === 'no' ? [{ kind: 'boolean', value: value === 'yes' }] : [];
}

/** The number answered, or null. */
export function numberValue(given: readonly Answer[]): number | null {
	const answer = given[0];
	return answer?.kind === 'integer' || answer?.kind === 'decimal' ? answer.value : null;
}

export function scaleAnswers(value: number | null): Answer[] {
	return value === null ? [] : [{ kind: 'integer', value }];
}

/** What a text box shows for the answer: the words, or the number as `locale` writes it. */
export function inputText(given: readonly Answer[], locale: string): string {
	const answer = given[0];
	if (answer?.kind === 'string') return answer.value;
	if (answer?.kind === 'integer' || answer?.kind === 'decimal')
		return numberInputText(answer.value, locale);
	return '';
}

/** The date answered, split into the day, month and year boxes. */
export function dateParts(given: readonly Answer[]): DateParts {
	const answer = given[0];
	const match = answer?.kind === 'date' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(answer.value) : null;
	if (!match) return { day: '', month: '', year: '' };
	return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] ?? '' };
}

/** The date boxes as an answer: all empty is no answer; anything else must be a real day. */
export function dateAnswers(parts: DateParts): InputResult {
	const day = parts.day.trim();
	const month = parts.month.trim();
	const year = parts.year.trim();
	if (day === '' && month === '' && year === '') return { ok: true, answers: [] };
	const isShape = /^\d{1,2}$/.test(day) && /^\d{1,2}$/.test(month) && /^\d{4}$/.test(year);
	const value = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
	return isShape && isCalendarDate(value)
		? { ok: true, answers: [{ kind: 'date', value }] }
		: { ok: false, key: 'proms:validation.not_date' };
}
