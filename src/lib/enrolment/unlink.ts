import { unlink, type UnlinkOutcome } from './client';
import type { EnrolmentRecord } from './types';

export interface UnlinkOptions {
	enrolment: Pick<EnrolmentRecord, 'serviceUrl' | 'token'>;
	fetch: typeof globalThis.fetch;
	origin: string;
	isOnline: boolean;
	/** Deletes everything Tend holds on this device. */
	wipe: () => Promise<void>;
}

/**
 * Unlinks this device: the service revokes its token first, then everything on the device
 * is deleted. Offline, nothing happens (unlinking needs the service to hear about it); if
 * the service does not confirm, nothing is deleted.
 */
export async function unlinkDevice(options: UnlinkOptions): Promise<UnlinkOutcome> {
	if (!options.isOnline) return 'offline';
	const outcome = await unlink({
		...options.enrolment,
		fetch: options.fetch,
		origin: options.origin
	});
	if (outcome !== 'unlinked') return outcome;
	await options.wipe();
	return 'unlinked';
}
