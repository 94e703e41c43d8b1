import type { ServiceContact } from './types';

/** The pain service's contact details for the footer, read from IndexedDB in the browser. */
class ServiceContactState {
	current = $state<ServiceContact | null>(null);

	async load(): Promise<void> {
		// The database engine is loaded on demand, after the first screen (docs/decisions.md D-013).
		const [{ getDb }, { createMetaRepo }, { readServiceContact }] = await Promise.all([
			import('$lib/db/db'),
			import('$lib/db/meta-repo'),
			import('./repo')
		]);
		this.current = await readServiceContact(createMetaRepo(getDb()));
	}
}

export const serviceContact = new ServiceContactState();
