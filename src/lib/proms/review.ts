/**
 * The review before sending: every question asked, in order, with the answer given as the
 * person will read it. Instrument wording (questions, options) stays in the instrument's
 * language; what the person typed is theirs; yes/no comes from the app's own strings.
 */
import { questionsToAsk } from './engine';
import { textIn } from './subset';
import type { Answer, Question, QuestionnaireDefinition, Answers } from './types';

/** An answer as shown: the instrument's words, the person's own, or an i18n key. */
export type AnswerText =
	| { kind: 'instrument'; text: string }
	| { kind: 'typed'; text: string }
	| { kind: 'key'; key: string };

export interface ReviewRow {
	linkId: string;
	prefix?: string;
	/** The question in the instrument's language. */
	question: string;
	/** Null when not answered. */
	answer: AnswerText | null;
	required: boolean;
}

/** How `given` reads for `question`; `language` is the instrument's, `locale` the app's. */
export function answerText(
	question: Question,
	given: readonly Answer[],
	options: { language: string; locale: string }
): AnswerText | null {
	if (given.length === 0) return null;
	switch (question.type) {
		case 'choice': {
			const words = given.map((answer) => {
				const code = answer.kind === 'coding' ? answer.code : '';
				const option = question.options.find((candidate) => candidate.code === code);
				return option?.display ? textIn(option.display, options.language) : code;
			});
			return { kind: 'instrument', text: words.join(', ') };
		}
		case 'boolean':
			return given[0]?.kind === 'boolean' && given[0].value
				? { kind: 'key', key: 'proms:answer.yes' }
				: { kind: 'key', key: 'proms:answer.no' };
		case 'integer':
		case 'decimal': {
			const answer = given[0];
			const value = answer?.kind === question.type ? answer.value : Number.NaN;
			return { kind: 'typed', text: new Intl.NumberFormat(options.locale).format(value) };
		}
		case 'date': {
			const answer = given[0];
			const [year, month, day] = (answer?.kind === 'date' ? answer.value : '').split('-');
			const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
			const format = new Intl.DateTimeFormat(options.locale, {
				day: 'numeric',
				month: 'long',
				year: 'numeric',
				timeZone: 'UTC'
			});
			return { kind: 'typed', text: format.format(date) };
		}
		case 'string':
		case 'text':
			return { kind: 'typed', text: given[0]?.kind === 'string' ? given[0].value : '' };
	}
}

/** One row per question asked with these answers, in the order asked. */
export function reviewRows(
	definition: QuestionnaireDefinition,
	answers: Answers,
	options: { language: string; locale: string }
): ReviewRow[] {
	return questionsToAsk(definition, answers).map((question) => ({
		linkId: question.linkId,
		...(question.prefix ? { prefix: question.prefix } : {}),
		question: question.text ? textIn(question.text, options.language) : question.linkId,
		answer: answerText(question, answers[question.linkId] ?? [], options),
		required: question.required
	}));
}
