/**
 * Questionnaire responses as the service received them, read back into answers and scored
 * again with the app's own pure code (responseFromFhir, scoreResponse, responseFlags)
 * against the exact definition they answer, so the console and the phone cannot disagree.
 * A response needs attention when the device flagged it OR its answers raise the PHQ-9
 * item 9 flag here: either alone is enough (H-015, H-020).
 */
import { responseFromFhir, type ReadResponse } from '$lib/proms/fhir-read';
import { responseFlags, scoreResponse } from '$lib/proms/score-response';
import type { ScoreResult } from '$lib/proms/scoring/types';
import { isQuestion, type Item, type QuestionnaireDefinition } from '$lib/proms/types';
import { findResources, type StoredResource } from '../fhir/resource-repo';
import type { Db } from '../store/open-store';
import { definitionLookup } from './catalogue';

/** The linkId whose answer above 0 needs safety netting (PHQ-9 item 9). */
export const ITEM_9 = 'phq9-9';

export interface ScoredResponse {
	/** The stored resource's id on the service. */
	id: string;
	patientId: string;
	read: ReadResponse;
	/** The definition it answers, or null when the service does not hold that version. */
	definition: QuestionnaireDefinition | null;
	/** Scores by the instrument's rules, or null (no definition, or no scoring for it). */
	result: ScoreResult | null;
	needsAttention: boolean;
	receivedAt: string;
}

type Lookup = ReturnType<typeof definitionLookup>;

/** A stored QuestionnaireResponse read and scored, or null when Tend cannot read it. */
export function scoreStoredResponse(stored: StoredResource, lookup: Lookup): ScoredResponse | null {
	const read = responseFromFhir(stored.resource);
	if (!read || stored.patientId === null) return null;
	const { url, version } = read.questionnaire;
	const definition = lookup(url, version);
	const result = definition ? scoreResponse(definition, read.answers) : null;
	return {
		id: stored.id,
		patientId: stored.patientId,
		read,
		definition,
		result,
		needsAttention: [...read.flags, ...responseFlags(result)].includes('safety-netting'),
		receivedAt: stored.lastUpdated
	};
}

/** A patient's responses, scored, oldest first; `unreadable` counts those Tend cannot read. */
export function patientResponses(
	db: Db,
	patientId: string,
	lookup: Lookup = definitionLookup(db)
): { responses: ScoredResponse[]; unreadable: number } {
	const stored = findResources(db, { type: 'QuestionnaireResponse', patientId });
	const responses = stored.flatMap((each) => {
		const scored = scoreStoredResponse(each, lookup);
		return scored ? [scored] : [];
	});
	responses.sort(
		(a, b) => Date.parse(a.read.authored) - Date.parse(b.read.authored) || a.id.localeCompare(b.id)
	);
	return { responses, unreadable: stored.length - responses.length };
}

function findQuestion(items: readonly Item[], linkId: string): Item | undefined {
	for (const item of items) {
		if (item.linkId === linkId) return item;
		if (item.type === 'group') {
			const found = findQuestion(item.items, linkId);
			if (found) return found;
		}
	}
	return undefined;
}

/**
 * The answer to one question as the definition words it (the option's display, in the
 * definition's own language), or the value given; null when it was not answered.
 */
export function answerText(response: ScoredResponse, linkId: string): string | null {
	const given = response.read.answers[linkId] ?? [];
	if (given.length === 0) return null;
	const question = response.definition && findQuestion(response.definition.items, linkId);
	const options =
		question && isQuestion(question) && question.type === 'choice' ? question.options : [];
	return given
		.map((answer) => {
			if (answer.kind !== 'coding') return String(answer.value);
			return options.find((option) => option.code === answer.code)?.display?.text ?? answer.code;
		})
		.join(', ');
}
