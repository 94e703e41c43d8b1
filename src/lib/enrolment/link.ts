/**
 * Linking this device to a pain service: exchange the code, keep the link, keep the
 * service's contact details for the footer, and ask the browser to keep Tend's data
 * (DESIGN §4.6). Records already on the device stay local: they are not sent unless the
 * person later chooses to share them.
 */
import type { AppDb } from '$lib/db/app-db';
import { createMetaRepo } from '$lib/db/meta-repo';
import { requestPersistence, type StorageManagerLike } from '$lib/db/storage';
import { saveServiceContact } from '$lib/shell/repo';
import type { ServiceContact } from '$lib/shell/types';
import { enrol } from './client';
import { saveEnrolment } from './repo';
import type { EnrolResponse } from './schema';
import { ENROLMENT_KEY, type EnrolError, type EnrolmentRecord } from './types';

export interface LinkOptions {
	db: AppDb;
	fetch: typeof globalThis.fetch;
	origin: string;
	serviceUrl: string;
	code: string;
	deviceName: string;
	now: Date;
	storage?: StorageManagerLike;
}

export type LinkResult =
	{ ok: true; enrolment: EnrolmentRecord } | { ok: false; error: EnrolError };

/** The service's contact details without empty fields, or null without a name. */
export function contactFrom(service: EnrolResponse['service']): ServiceContact | null {
	if (!service?.name?.trim()) return null;
	const contact: ServiceContact = { name: service.name.trim() };
	for (const field of ['phone', 'hours', 'email'] as const) {
		const value = service[field]?.trim();
		if (value) contact[field] = value;
	}
	return contact;
}

/** Links this device with an enrolment code; on success the link is stored. */
export async function linkDevice(options: LinkOptions): Promise<LinkResult> {
	const result = await enrol(options);
	if (!result.ok) return result;
	const { response } = result;
	const meta = createMetaRepo(options.db);
	let service = contactFrom(response.service);
	if (service) {
		// A contact the service sent in a shape Tend cannot use is left out, not fatal.
		await saveServiceContact(meta, service).catch(() => (service = null));
	}
	const enrolment: EnrolmentRecord = {
		key: ENROLMENT_KEY,
		serviceUrl: options.serviceUrl.trim(),
		fhirBase: result.fhirBase,
		token: response.token,
		patient: response.patient,
		role: response.role,
		carer: response.carer
			? {
					name: response.carer.name,
					...(response.carer.relationship ? { relationship: response.carer.relationship } : {})
				}
			: null,
		deviceId: response.device.id,
		deviceName: options.deviceName.trim(),
		linkedAt: options.now.toISOString(),
		service
	};
	await saveEnrolment(options.db, enrolment);
	await requestPersistence(options.storage, meta, { now: options.now }).catch(() => undefined);
	return { ok: true, enrolment };
}
