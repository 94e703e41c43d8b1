// The Questionnaires page's lists, kept up to date by a Dexie live query (a response sent,
// a plan or an assignment pulled). Loaded on demand, once the browser is idle.
import { liveQuery } from 'dexie';
import { getDb } from '$lib/db/db';
import { readQuestionnairesView, type QuestionnairesView } from './overview-repo';

/** Calls `onChange` with the page's view now and whenever what it shows changes. */
export function watchQuestionnaires(onChange: (view: QuestionnairesView) => void): () => void {
	const subscription = liveQuery(() => readQuestionnairesView(getDb(), new Date())).subscribe({
		next: onChange,
		error: () => undefined
	});
	return () => subscription.unsubscribe();
}
