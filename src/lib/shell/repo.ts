import type { MetaRepo } from '$lib/db/meta-repo';
import { ServiceContactSchema, type ServiceContact } from './types';

/** Where enrolment stores how to reach the pain service. */
export const SERVICE_CONTACT_META_KEY = 'service.contact';

/** The pain service's contact details, or null when not linked (or the record is damaged). */
export async function readServiceContact(meta: MetaRepo): Promise<ServiceContact | null> {
	const parsed = ServiceContactSchema.safeParse(await meta.get(SERVICE_CONTACT_META_KEY));
	return parsed.success ? parsed.data : null;
}

/** Saves the pain service's contact details (enrolment and care-plan pulls call this). */
export async function saveServiceContact(meta: MetaRepo, contact: ServiceContact): Promise<void> {
	await meta.set(SERVICE_CONTACT_META_KEY, ServiceContactSchema.parse(contact));
}
