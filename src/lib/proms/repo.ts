/**
 * The only place that touches Dexie for questionnaire responses (`promResponses`). A
 * draft is saved on every answer; submitting turns it into the completed response in
 * place and, when linked, queues the QuestionnaireResponse and one Observation per score
 * in the SAME transaction (H-018): nothing is completed that is not queued, and a
 * completed response is never changed again.
 */
import type { AppDb } from '$lib/db/app-db';
import { enqueueRecordResources, type RecordResource } from '$lib/sync/outbox-repo';
import type { RecordLink } from '$lib/sync/types';
import { completeDraft, type CompletedResponse, type PromResponse } from './draft';
import { responseToFhir, scoreCoding, scoreToObservation, type ResponseFlag } from './fhir';
import { responseFlags, scoreResponse } from './score-response';
import type { ScoreResult } from './scoring/types';
import type { StoredResponse } from './stored-response';
import type { QuestionnaireDefinition } from './types';
import type { AnswerError } from './validate';

export type { StoredResponse } from './stored-response';

/** A completed response cannot be changed (it is what was, or will be, sent). */
export class ResponseLockedError extends Error {
	constructor(readonly id: string) {
		super(`Response ${id} is completed and cannot be changed`);
		this.name = 'ResponseLockedError';
	}
}

const TABLE = 'promResponses';

/** The newest draft of the questionnaire with this canonical url, or null. */
export async function findDraft(db: AppDb, url: string): Promise<StoredResponse | null> {
	const drafts = await db.promResponses
		.where('status')
		.equals('in-progress')
		.filter((row) => row.questionnaire.url === url)
		.toArray();
	return drafts.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0] ?? null;
}

/**
 * Saves a draft as it stands; the occasion it was started for is kept from the first save.
 * @throws ResponseLockedError when a response with this id is already completed
 */
export async function saveDraft(
	db: AppDb,
	draft: PromResponse,
	occasion: string | null = null
): Promise<void> {
	if (draft.status !== 'in-progress') throw new ResponseLockedError(draft.id);
	await db.transaction('rw', db.promResponses, async () => {
		const stored = await db.promResponses.get(draft.id);
		if (stored && stored.status !== 'in-progress') throw new ResponseLockedError(draft.id);
		await db.promResponses.put({
			...draft,
			scores: null,
			flags: [],
			occasion: stored?.occasion ?? occasion,
			scoreIds: {}
		});
	});
}

/** Deletes a draft ("start again"). A completed response is never deleted here. */
export async function discardDraft(db: AppDb, id: string): Promise<void> {
	await db.transaction('rw', db.promResponses, async () => {
		const stored = await db.promResponses.get(id);
		if (stored && stored.status !== 'in-progress') throw new ResponseLockedError(id);
		await db.promResponses.delete(id);
	});
}

/** The resources a completed response sends: the response, then one Observation per score. */
export function responseResources(
	response: StoredResponse & CompletedResponse,
	definition: QuestionnaireDefinition,
	link: RecordLink
): RecordResource[] {
	const observations = (response.scores?.scores ?? []).flatMap((score) => {
		const value = score.code ?? score.value;
		const id = response.scoreIds[score.id];
		if (value === null || value === undefined || !id || !response.scores) return [];
		const code = scoreCoding(response.scores.instrument, score.id, score.loinc);
		const unit = typeof value === 'number' ? '{score}' : undefined;
		return [{ id, resource: scoreToObservation({ id, code, value, unit, response }, link) }];
	});
	return [
		{ id: response.id, resource: responseToFhir(response, definition, link, response.flags) },
		...observations
	];
}

/**
 * Completes, scores and stores the draft, queuing what it sends when linked (one
 * transaction). `newId` gives the score Observations their client UUIDs.
 */
export async function submitResponse(
	db: AppDb,
	input: {
		draft: PromResponse;
		definition: QuestionnaireDefinition;
		now: Date;
		newId?: () => string;
	}
): Promise<
	{ ok: true; response: StoredResponse; isQueued: boolean } | { ok: false; errors: AnswerError[] }
> {
	const { definition, now, newId = () => crypto.randomUUID() } = input;
	const completed = completeDraft(input.draft, definition, now);
	if (!completed.ok) return completed;
	const scores: ScoreResult | null = scoreResponse(definition, completed.response.answers);
	const flags: ResponseFlag[] = responseFlags(scores);
	return db.transaction('rw', [db.promResponses, db.outbox, db.enrolment], async () => {
		const stored = await db.promResponses.get(completed.response.id);
		if (stored && stored.status !== 'in-progress') throw new ResponseLockedError(stored.id);
		const response = {
			...completed.response,
			scores,
			flags,
			occasion: stored?.occasion ?? null,
			scoreIds: Object.fromEntries((scores?.scores ?? []).map((score) => [score.id, newId()]))
		};
		const { isQueued } = await enqueueRecordResources(
			db,
			TABLE,
			response,
			(link) => responseResources(response, definition, link),
			now,
			{ replace: true }
		);
		return { ok: true as const, response, isQueued };
	});
}

/** Completed responses (of one questionnaire url, or all), newest first. */
export async function listResponses(db: AppDb, url?: string): Promise<StoredResponse[]> {
	const completed = await db.promResponses
		.where('status')
		.equals('completed')
		.filter((row) => url === undefined || row.questionnaire.url === url)
		.toArray();
	return completed.sort((a, b) => (b.authored ?? '').localeCompare(a.authored ?? ''));
}

/** Every response on the device, drafts and completed, in no particular order. */
export async function allResponses(db: AppDb): Promise<StoredResponse[]> {
	return db.promResponses.toArray();
}

/** One response by id, draft or completed, or null. */
export async function getResponse(db: AppDb, id: string): Promise<StoredResponse | null> {
	return (await db.promResponses.get(id)) ?? null;
}

/** The completed response of the same questionnaire just before this one, or null. */
export async function previousResponse(
	db: AppDb,
	response: StoredResponse
): Promise<StoredResponse | null> {
	const all = await listResponses(db, response.questionnaire.url);
	const authored = response.authored ?? '';
	return all.find((other) => other.id !== response.id && (other.authored ?? '') < authored) ?? null;
}
