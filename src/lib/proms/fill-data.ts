/**
 * What the questionnaire filler reads and writes on the device: the definition, the draft
 * to resume (or a new one), saving on every answer, and submitting. Only the filler page
 * imports it: that page cannot show anything without it, so it loads with the page and
 * opening starts in the page's load, beside its first render (D-034); every other page
 * keeps Dexie out of its first load (D-013).
 */
import { getDb } from '$lib/db/db';
import { createMetaRepo } from '$lib/db/meta-repo';
import { requestPersistence } from '$lib/db/storage';
import { pushQueued } from '$lib/sync';
import { startDraft, type PromResponse } from './draft';
import { instrumentLanguage } from './instrument-language';
import { findQuestionnaire, type AvailableQuestionnaire } from './library';
import { findDraft, saveDraft, submitResponse } from './repo';
import type { QuestionnaireDefinition } from './types';

export interface OpenedQuestionnaire {
	questionnaire: AvailableQuestionnaire;
	draft: PromResponse;
	/** True when the draft was saved before (the person is carrying on). */
	isResumed: boolean;
}

/** The questionnaire offered under `slug` with its draft, or null when it is not offered. */
export async function openQuestionnaire(
	slug: string,
	options: { language: string; now: Date }
): Promise<OpenedQuestionnaire | null> {
	const db = getDb(); // starts opening the database while the definition is read
	const questionnaire = await findQuestionnaire(db, slug);
	if (!questionnaire) return null;
	const { definition } = questionnaire;
	const saved = await findDraft(db, definition.url);
	// A draft of an earlier version of the definition cannot take answers to this one.
	if (saved && saved.questionnaire.version === definition.version)
		return { questionnaire, draft: saved, isResumed: true };
	// A draft records the language its questions are shown in, not the app's.
	const draft = startDraft({
		id: crypto.randomUUID(),
		definition,
		language: instrumentLanguage(definition, options.language).language,
		now: options.now
	});
	return { questionnaire, draft, isResumed: false };
}

/** Saves the draft as it stands (on every answer). */
export async function saveAnswers(draft: PromResponse, occasion: string | null): Promise<void> {
	await saveDraft(getDb(), draft, occasion);
}

/** Completes and stores the response, queuing it for the service when linked. */
export async function submitAnswers(
	draft: PromResponse,
	definition: QuestionnaireDefinition,
	now: Date
): ReturnType<typeof submitResponse> {
	const db = getDb();
	const result = await submitResponse(db, { draft, definition, now });
	if (result.ok && result.isQueued) void pushQueued();
	if (result.ok)
		void requestPersistence(navigator.storage, createMetaRepo(db), { now }).catch(() => undefined);
	return result;
}
