// The trends page's data, kept up to date by a Dexie live query: the questionnaire, the
// trend of each of its scores, and where each completed response is on its way to the
// service. Loaded on demand, once idle (D-013).
import { liveQuery } from 'dexie';
import { getDb } from '$lib/db/db';
import { recordStates } from '$lib/sync/outbox-repo';
import type { RecordSyncState } from '$lib/sync/types';
import { findQuestionnaire } from './library';
import { listResponses } from './repo';
import { buildTrends, type ScoreTrend } from './trend';
import type { LocalText } from './types';

export interface TrendsView {
	/** The questionnaire's title, or null when this device does not offer it. */
	title: LocalText | null;
	/** How many completed responses there are. */
	count: number;
	trends: ScoreTrend[];
	/** Where each response is on its way to the service, by response id. */
	states: ReadonlyMap<string, RecordSyncState>;
}

async function readView(slug: string): Promise<TrendsView> {
	const db = getDb();
	const found = await findQuestionnaire(db, slug);
	if (!found) return { title: null, count: 0, trends: [], states: new Map() };
	const responses = await listResponses(db, found.definition.url);
	const states = await recordStates(
		db,
		responses.map((response) => response.id),
		new Date()
	);
	return {
		title: found.definition.title ?? { text: slug, translations: {} },
		count: responses.length,
		trends: buildTrends(found.definition.url, responses),
		states
	};
}

/** Calls `onChange` with the trends of the questionnaire `slug` now and whenever they change. */
export function watchTrends(slug: string, onChange: (view: TrendsView) => void): () => void {
	const subscription = liveQuery(() => readView(slug)).subscribe({
		next: onChange,
		error: () => undefined // the database notice explains a closed or failed database
	});
	return () => subscription.unsubscribe();
}
