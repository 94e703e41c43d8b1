import type { MetaRepo } from '$lib/db/meta-repo';
import type { ServiceContact } from './types';

/** Where enrolment stores how to reach the pain service. */
export const SERVICE_CONTACT_META_KEY = 'service.contact';

/**
 * The pain service's contact details, or null when not linked (or the record is damaged).
 * Saving validates fully; reading only checks the shape, keeping the schema library out of
 * every page's first load.
 */
export async function readServiceContact(meta: MetaRepo): Promise<ServiceContact | null> {
	const value = await meta.get(SERVICE_CONTACT_META_KEY);
	return isServiceContact(value) ? value : null;
}

function isServiceContact(value: unknown): value is ServiceContact {
	if (value === null || typeof value !== 'object') return false;
	const record = value as Record<string, unknown>;
	const isOptionalText = (field: unknown) => field === undefined || typeof field === 'string';
	return (
		typeof record.name === 'string' &&
		isOptionalText(record.phone) &&
		isOptionalText(record.hours) &&
		isOptionalText(record.email)
	);
}

/** Saves the pain service's contact details (enrolment and care-plan pulls call this). */
export async function saveServiceContact(meta: MetaRepo, contact: ServiceContact): Promise<void> {
	// Loaded on demand: saving is rare, and the schema library stays out of the first load.
	const { ServiceContactSchema } = await import('./schema');
	await meta.set(SERVICE_CONTACT_META_KEY, ServiceContactSchema.parse(contact));
}
