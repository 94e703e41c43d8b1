/**
 * Saving a pain score from a page: the check-in and its outbox entry are written in one
 * transaction through the sync engine. Loaded on demand, when the person presses Save.
 */
import { getDb } from '$lib/db/db';
import { createMetaRepo } from '$lib/db/meta-repo';
import { requestPersistence } from '$lib/db/storage';
import { enqueue, getLink } from '$lib/sync/engine';
import { checkinToObservation } from './fhir';
import type { Checkin } from './types';
import { isPainScore } from './validate';

/**
 * Saves a pain score now. A first record is data worth keeping, so the browser is asked
 * (once) to keep Tend's data.
 * @returns the check-in as saved
 */
export async function saveCheckin(input: {
	score: number;
	now: Date;
	note?: string;
}): Promise<Checkin> {
	if (!isPainScore(input.score)) throw new RangeError(`Not a pain score: ${input.score}`);
	const link = await getLink();
	const checkin: Checkin = {
		id: crypto.randomUUID(),
		score: input.score,
		recordedAt: input.now.toISOString(),
		...(input.note?.trim() ? { note: input.note.trim() } : {}),
		...(link ? { recordedAs: link.role } : {})
	};
	await enqueue('checkins', checkin, (owner) => checkinToObservation(checkin, owner));
	void requestPersistence(navigator.storage, createMetaRepo(getDb()), { now: input.now }).catch(
		() => undefined
	);
	return checkin;
}
