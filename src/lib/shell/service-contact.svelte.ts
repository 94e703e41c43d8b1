import { getDb } from '$lib/db/db';
import { createMetaRepo } from '$lib/db/meta-repo';
import { readServiceContact } from './repo';
import type { ServiceContact } from './types';

/** The pain service's contact details for the footer, read from IndexedDB in the browser. */
class ServiceContactState {
	current = $state<ServiceContact | null>(null);

	async load(): Promise<void> {
		this.current = await readServiceContact(createMetaRepo(getDb()));
	}
}

export const serviceContact = new ServiceContactState();
