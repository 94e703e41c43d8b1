/**
 * The patient's choice to share their flare log with their carer, kept on the patient's
 * device. Flares sent while it is on are tagged as shared, and the service shows a carer
 * only those (docs/decisions.md D-020). Off unless the patient turns it on.
 */
import type { MetaRepo } from '$lib/db/meta-repo';

export const SHARE_WITH_CARER_META_KEY = 'flareLog.shareWithCarer';

/** Whether flares sent from now on are shared with the carer. */
export async function readShareWithCarer(meta: MetaRepo): Promise<boolean> {
	return (await meta.get(SHARE_WITH_CARER_META_KEY)) === true;
}

/** Turns sharing on or off for flares sent from now on. */
export async function saveShareWithCarer(meta: MetaRepo, isShared: boolean): Promise<void> {
	await meta.set(SHARE_WITH_CARER_META_KEY, isShared);
}
