// A completed response as the result page shows it, with the one before it and where it
// is on its way to the service, kept up to date by a Dexie live query. Loaded on demand.
import { liveQuery } from 'dexie';
import { getDb } from '$lib/db/db';
import { recordSyncStates } from '$lib/sync/engine';
import type { RecordSyncState } from '$lib/sync/types';
import { findQuestionnaire, slugOf, type AvailableQuestionnaire } from './library';
import { getResponse, previousResponse, type StoredResponse } from './repo';

export interface ResultData {
	/** Null when no completed response has this id on the device. */
	response: StoredResponse | null;
	previous: StoredResponse | null;
	/** The definition it answered, when still offered (for its title). */
	questionnaire: AvailableQuestionnaire | null;
	slug: string | null;
	state: RecordSyncState;
}

async function readResult(id: string): Promise<ResultData> {
	const db = getDb();
	const response = await getResponse(db, id);
	if (!response || response.status !== 'completed')
		return {
			response: null,
			previous: null,
			questionnaire: null,
			slug: null,
			state: { kind: 'local' }
		};
	const slug = slugOf(response.questionnaire.url);
	const [previous, questionnaire, states] = await Promise.all([
		previousResponse(db, response),
		findQuestionnaire(db, slug),
		recordSyncStates([response.id])
	]);
	return {
		response,
		previous,
		questionnaire,
		slug,
		state: states.get(response.id) ?? { kind: 'local' }
	};
}

/** Calls `onChange` with the result now and whenever it, or its sending, changes. */
export function watchResult(id: string, onChange: (data: ResultData) => void): () => void {
	const subscription = liveQuery(() => readResult(id)).subscribe({
		next: onChange,
		error: () => undefined // the database notice explains a closed or failed database
	});
	return () => subscription.unsubscribe();
}
