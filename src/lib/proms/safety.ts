/**
 * Whether the answers given so far need the crisis support panel now: PHQ-9 item 9 above
 * "Not at all" (H-015). Read from the answers themselves on every change, with the same
 * rule that flags the sent response, so the panel shows before the next question, with no
 * signal, and whatever the total.
 */
import { responseFlags, scoreResponse } from './score-response';
import type { Answers, QuestionnaireDefinition } from './types';

/** True when these answers carry the safety-netting flag. */
export function needsSafetyNetting(definition: QuestionnaireDefinition, answers: Answers): boolean {
	return responseFlags(scoreResponse(definition, answers)).includes('safety-netting');
}

/**
 * The questions whose answer raises the flag (PHQ-9 item 9): the panel shows with them,
 * on their screen or just after them on a single page. An answer raises it when taking
 * that answer away clears it.
 */
export function safetyQuestions(definition: QuestionnaireDefinition, answers: Answers): string[] {
	if (!needsSafetyNetting(definition, answers)) return [];
	return Object.keys(answers).filter((linkId) => {
		const { [linkId]: _removed, ...others } = answers;
		return !needsSafetyNetting(definition, others);
	});
}
