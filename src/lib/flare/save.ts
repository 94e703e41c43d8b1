/**
 * Saving a flare from the flare log form. A flare that has ended, that the patient chose to
 * send, on a device linked as the patient, goes through the outbox: the entry and its
 * outbox entry in one transaction. Anything else stays on this device. Loaded on demand.
 * See docs/decisions.md D-019 (sent once, when ended; then fixed) and D-020 (sharing).
 */
import { getDb } from '$lib/db/db';
import { createMetaRepo } from '$lib/db/meta-repo';
import { requestPersistence } from '$lib/db/storage';
import { enqueue, getLink } from '$lib/sync/engine';
import { flareToObservation } from './fhir';
import { entryFrom, type FlareDraft } from './log';
import { FlareLockedError, getFlare, isFlareLocked, saveFlare } from './log-repo';
import { readShareWithCarer } from './share-setting';
import type { FlareLogEntry } from './types';

export { FlareLockedError };

/** A carer's device shows the flare log read-only: it never writes it. */
export class CarerCannotLogError extends Error {
	constructor() {
		super('A carer’s device does not change the patient’s flare log');
		this.name = 'CarerCannotLogError';
	}
}

/** What happened to a saved flare. */
export interface SavedFlare {
	entry: FlareLogEntry;
	/** Queued for the pain service (it can no longer be changed). */
	isQueued: boolean;
}

/**
 * Saves a new flare (`id` null) or changes one kept on this device.
 * @throws FlareLockedError for a flare already sent; CarerCannotLogError on a carer's device
 */
export async function saveFlareFromForm(input: {
	id: string | null;
	draft: FlareDraft;
	now: Date;
}): Promise<SavedFlare> {
	const db = getDb();
	const link = await getLink();
	if (link?.role === 'carer') throw new CarerCannotLogError();
	const previous = input.id ? await getFlare(db, input.id) : null;
	if (input.id && !previous) throw new RangeError(`No flare with id ${input.id}`);
	if (previous && (await isFlareLocked(db, previous.id))) throw new FlareLockedError(previous.id);
	const entry = entryFrom(input.draft, { now: input.now, id: crypto.randomUUID(), previous });

	const isSending = entry.send && entry.endedAt !== null && link?.role === 'patient';
	if (!isSending) {
		await saveFlare(db, entry);
		return { entry, isQueued: false };
	}
	const sharedWithCarer = await readShareWithCarer(createMetaRepo(db));
	const sent: FlareLogEntry = { ...entry, sharedWithCarer };
	const { isQueued } = await enqueue(
		'flareLogs',
		sent,
		(owner) => flareToObservation(sent, owner, { sharedWithCarer }),
		{ replace: true }
	).catch((error: unknown) => {
		// Another tab queued it meanwhile: the outbox refused a second entry, nothing changed.
		if ((error as { name?: unknown })?.name === 'ConstraintError')
			throw new FlareLockedError(sent.id);
		throw error;
	});
	void requestPersistence(navigator.storage, createMetaRepo(db), { now: input.now }).catch(
		() => undefined
	);
	return { entry: sent, isQueued };
}
