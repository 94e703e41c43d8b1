import type { AppDb } from '$lib/db/app-db';
import type { Checkin } from './types';

/** The newest check-ins, newest first. */
export async function recentCheckins(db: AppDb, limit: number): Promise<Checkin[]> {
	return db.checkins.orderBy('recordedAt').reverse().limit(limit).toArray();
}
