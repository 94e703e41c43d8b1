// The flare log as a page shows it, kept up to date by a Dexie live query: on the patient's
// (or a self-guided) device, the flares on it with where each is on its way to the service;
// on a carer's device, the flares the patient shared. Loaded on demand, once idle.
import { liveQuery } from 'dexie';
import { getDb } from '$lib/db/db';
import { readEnrolment } from '$lib/enrolment/repo';
import { recordSyncStates } from '$lib/sync/engine';
import type { RecordSyncState } from '$lib/sync/types';
import { listFlares, listSharedFlares } from './log-repo';
import type { FlareLogEntry } from './types';

export interface FlareLogItem {
	entry: FlareLogEntry;
	/** Where it is on its way to the service; null for a flare shared with a carer. */
	state: RecordSyncState | null;
	/** Can be changed (or ended) on this device. */
	canChange: boolean;
}

export interface FlareLogView {
	/** Whose device this is: null when self-guided. */
	role: 'patient' | 'carer' | null;
	/** The patient's name, on a linked device. */
	patientName: string | null;
	items: FlareLogItem[];
}

async function readView(): Promise<FlareLogView> {
	const db = getDb();
	const enrolment = await readEnrolment(db);
	const role = enrolment?.role ?? null;
	const patientName = enrolment?.patient.displayName ?? null;
	if (role === 'carer') {
		const shared = await listSharedFlares(db);
		return {
			role,
			patientName,
			items: shared.map((entry) => ({ entry, state: null, canChange: false }))
		};
	}
	const entries = await listFlares(db);
	const states = await recordSyncStates(entries.map((entry) => entry.id));
	return {
		role,
		patientName,
		items: entries.map((entry) => {
			const state = states.get(entry.id) ?? ({ kind: 'local' } as const);
			return { entry, state, canChange: state.kind === 'local' };
		})
	};
}

/** Calls `onChange` with the flare log now and whenever it, or its sending, changes. */
export function watchFlareLog(onChange: (view: FlareLogView) => void): () => void {
	const subscription = liveQuery(readView).subscribe({
		next: onChange,
		error: () => undefined // the database notice explains a closed or failed database
	});
	return () => subscription.unsubscribe();
}
