import type { SyncActivity, SyncMode } from './types';

/** An entry unsent for this long is shown prominently (DESIGN §4.3). */
export const STALE_AFTER_MS = 7 * 24 * 60 * 60 * 1000;

export interface ActivityInput {
	mode: SyncMode;
	isPushing: boolean;
	isOffline: boolean;
	/** Entries pending or sending. */
	waiting: number;
	quarantined: number;
	oldestUnsentAt: string | null;
	now: Date;
}

/** Whether the oldest waiting entry has waited seven days or more. */
export function hasStale(oldestUnsentAt: string | null, now: Date): boolean {
	return oldestUnsentAt !== null && now.getTime() - Date.parse(oldestUnsentAt) >= STALE_AFTER_MS;
}

/**
 * What the indicator says, most important first: a problem the person must act on
 * (refused items, a device the service unlinked, items waiting a week), then sending,
 * then offline with items waiting; otherwise idle. Self-guided devices are always idle.
 */
export function deriveActivity(input: ActivityInput): SyncActivity {
	if (input.mode === 'self-guided') return 'idle';
	if (input.mode === 'unlinked-by-service' || input.quarantined > 0) return 'problem';
	if (hasStale(input.oldestUnsentAt, input.now)) return 'problem';
	if (input.waiting > 0 && input.isPushing) return 'sending';
	if (input.waiting > 0 && input.isOffline) return 'offline';
	return 'idle';
}
