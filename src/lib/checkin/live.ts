// The newest check-ins with where each is on its way to the service, kept up to date by a
// Dexie live query. Loaded on demand, once the browser is idle.
import { liveQuery } from 'dexie';
import { getDb } from '$lib/db/db';
import { recordSyncStates } from '$lib/sync/engine';
import type { RecordSyncState } from '$lib/sync/types';
import { recentCheckins } from './repo';
import type { Checkin } from './types';

export interface RecentCheckin {
	checkin: Checkin;
	state: RecordSyncState;
}

/** Calls `onChange` with the newest check-ins now and whenever they or their sending change. */
export function watchRecentCheckins(
	limit: number,
	onChange: (items: RecentCheckin[]) => void
): () => void {
	const subscription = liveQuery(async () => {
		const checkins = await recentCheckins(getDb(), limit);
		const states = await recordSyncStates(checkins.map((checkin) => checkin.id));
		return checkins.map((checkin) => ({
			checkin,
			state: states.get(checkin.id) ?? ({ kind: 'local' } as const)
		}));
	}).subscribe({ next: onChange, error: () => undefined });
	return () => subscription.unsubscribe();
}
