/**
 * How long a flare lasted, or has lasted so far, and whether it is still going.
 */
import type { FlareLogEntry } from './types';

/** Whether the flare is still going. */
export function isOngoing(entry: Pick<FlareLogEntry, 'endedAt'>): boolean {
	return entry.endedAt === null;
}

/** The newest flare still going, or null. */
export function newestOngoing<T extends Pick<FlareLogEntry, 'endedAt' | 'startedAt'>>(
	entries: readonly T[]
): T | null {
	return (
		entries
			.filter(isOngoing)
			.sort((a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt))[0] ?? null
	);
}

export interface FlareDuration {
	days: number;
	hours: number;
	minutes: number;
	/** Still going: the duration is "so far", up to `now`. */
	isOngoing: boolean;
}

/** How long the flare lasted (or has lasted so far), in whole minutes, split for words. */
export function flareDuration(
	entry: Pick<FlareLogEntry, 'startedAt' | 'endedAt'>,
	now: Date
): FlareDuration {
	const end = entry.endedAt ? Date.parse(entry.endedAt) : now.getTime();
	const total = Math.max(0, Math.floor((end - Date.parse(entry.startedAt)) / 60_000));
	return {
		days: Math.floor(total / 1440),
		hours: Math.floor((total % 1440) / 60),
		minutes: total % 60,
		isOngoing: entry.endedAt === null
	};
}
