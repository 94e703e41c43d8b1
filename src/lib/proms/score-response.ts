/**
 * Scores a set of answers with the instrument registered for the questionnaire's url, and
 * the flags a response carries. Pure; the filler calls it on every answer, so the PHQ-9
 * item 9 panel shows before the next question (H-015), and the repo calls it on submit.
 */
import { itemScores } from './engine';
import type { ResponseFlag } from './fhir';
import { instrumentFor } from './scoring/registry';
import type { ScoreResult } from './scoring/types';
import type { Answers, QuestionnaireDefinition } from './types';

/** Scores of the answers by the instrument registered for the url, or null (not scored). */
export function scoreResponse(
	definition: QuestionnaireDefinition,
	answers: Answers
): ScoreResult | null {
	const instrument = instrumentFor(definition.url);
	return instrument ? instrument.score(itemScores(definition, answers)) : null;
}

/** The FHIR flags for a scored response: PHQ-9 item 9 needs safety netting. */
export function responseFlags(result: ScoreResult | null): ResponseFlag[] {
	return result?.flags.includes('phq9-item9') ? ['safety-netting'] : [];
}
