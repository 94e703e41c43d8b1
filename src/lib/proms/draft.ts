/**
 * A response in progress, saved on every answer so it can be resumed, and its completion.
 * Pure: the caller stores the result. Answers to questions a change hides are cleared at
 * once, so a draft never holds, and a completed response never sends, an answer the person
 * can no longer see (H-018).
 */
import { enabledAnswers } from './engine';
import { indexOf } from './tree';
import { validateAnswers, type AnswerError } from './validate';
import { isQuestion, type Answer, type Answers, type QuestionnaireDefinition } from './types';

export interface PromResponse {
	/** Client UUID, also the FHIR identifier of the QuestionnaireResponse. */
	id: string;
	questionnaire: { url: string; version: string };
	status: 'in-progress' | 'completed';
	/** ISO 8601 instant the answers were given: set when completed, null before. */
	authored: string | null;
	/** The language the questions were shown in (BCP 47). */
	language: string;
	answers: Answers;
	startedAt: string;
	updatedAt: string;
}

export type CompletedResponse = PromResponse & { status: 'completed'; authored: string };

/** A new, empty draft of `definition`. */
export function startDraft(input: {
	id: string;
	definition: QuestionnaireDefinition;
	language: string;
	now: Date;
}): PromResponse {
	const at = input.now.toISOString();
	const { url, version } = input.definition;
	return {
		id: input.id,
		questionnaire: { url, version },
		status: 'in-progress',
		authored: null,
		language: input.language,
		answers: {},
		startedAt: at,
		updatedAt: at
	};
}

/** The draft with `linkId` answered (an empty list clears it); hidden answers dropped. */
export function answerQuestion(
	draft: PromResponse,
	definition: QuestionnaireDefinition,
	linkId: string,
	given: readonly Answer[],
	now: Date
): PromResponse {
	assertDraftOf(draft, definition);
	const item = indexOf(definition).byLinkId.get(linkId);
	if (!item || !isQuestion(item))
		throw new Error(`${linkId} is not a question of this questionnaire`);
	const answers = { ...draft.answers, [linkId]: [...given] };
	return { ...draft, answers: enabledAnswers(definition, answers), updatedAt: now.toISOString() };
}

/** The draft with the answer to `linkId` taken away. */
export function clearAnswer(
	draft: PromResponse,
	definition: QuestionnaireDefinition,
	linkId: string,
	now: Date
): PromResponse {
	return answerQuestion(draft, definition, linkId, [], now);
}

/** The completed response, or the errors that stop it being completed. */
export function completeDraft(
	draft: PromResponse,
	definition: QuestionnaireDefinition,
	now: Date
): { ok: true; response: CompletedResponse } | { ok: false; errors: AnswerError[] } {
	assertDraftOf(draft, definition);
	const answers = enabledAnswers(definition, draft.answers);
	const errors = validateAnswers(definition, answers);
	if (errors.length > 0) return { ok: false, errors };
	const at = now.toISOString();
	return {
		ok: true,
		response: { ...draft, status: 'completed', authored: at, answers, updatedAt: at }
	};
}

function assertDraftOf(draft: PromResponse, definition: QuestionnaireDefinition): void {
	// A completed response is what was sent; changing it would make the two disagree.
	if (draft.status !== 'in-progress') throw new Error('A completed response cannot be changed');
	const { url, version } = draft.questionnaire;
	if (url !== definition.url || version !== definition.version) {
		throw new Error(`This draft belongs to ${url}|${version}`);
	}
}
