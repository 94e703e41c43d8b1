/**
 * Linking this device to a pain service: exchange the code, keep the link, keep the
 * service's contact details for the footer, and ask the browser to keep Tend's data
 * (DESIGN §4.6). Records already on the device stay local: they are not sent unless the
 * person later chooses to share them. A device holding another patient's records is never
 * linked over them (hazard H-007).
 */
import { isConnectAllowed } from '$lib/csp/allowed';
import type { AppDb } from '$lib/db/app-db';
import { createMetaRepo } from '$lib/db/meta-repo';
import { requestPersistence, type StorageManagerLike } from '$lib/db/storage';
import { saveServiceContact } from '$lib/shell/repo';
import type { ServiceContact } from '$lib/shell/types';
import { enrol, unlink, type UnlinkOutcome } from './client';
import { readEnrolment, saveEnrolment } from './repo';
import type { EnrolResponse } from './schema';
import {
	ENROLMENT_KEY,
	type EnrolError,
	type EnrolledPatient,
	type EnrolmentRecord
} from './types';

export interface LinkOptions {
	db: AppDb;
	fetch: typeof globalThis.fetch;
	origin: string;
	serviceUrl: string;
	code: string;
	deviceName: string;
	now: Date;
	storage?: StorageManagerLike;
	/** Other origins the CSP allows; the list built in when not given. */
	connectSrc?: readonly string[];
}

/** A link the service granted but not yet stored: it waits for the person to decide. */
export interface PendingLink {
	enrolment: EnrolmentRecord;
	/** The service's contact details as sent (the footer keeps them once stored). */
	contact: ServiceContact | null;
}

export type LinkResult =
	| { status: 'linked'; enrolment: EnrolmentRecord }
	| { status: 'refused'; error: EnrolError }
	/**
	 * The code is for another patient than the one whose records this device holds: nothing
	 * was stored; linking needs this device wiped first (hazard H-007, docs/decisions.md D-024).
	 */
	| { status: 'other-patient'; pending: PendingLink; previous: EnrolledPatient };

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

/** The link the service's answer describes, as it will be stored. */
export function pendingLinkFrom(
	response: EnrolResponse,
	fhirBase: string,
	options: Pick<LinkOptions, 'serviceUrl' | 'deviceName' | 'now'>
): PendingLink {
	const contact = contactFrom(response.service);
	return {
		contact,
		enrolment: {
			key: ENROLMENT_KEY,
			serviceUrl: options.serviceUrl.trim(),
			fhirBase,
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
			service: contact
		}
	};
}

/**
 * Whether this device holds another patient's records: it was linked (the service may have
 * unlinked it since) to a patient other than the one a new code is for. Patient ids are
 * the service's own UUIDs. Linking to the same patient again keeps everything.
 */
export function holdsOtherPatient(
	current: Pick<EnrolmentRecord, 'patient'> | undefined,
	next: Pick<EnrolmentRecord, 'patient'>
): boolean {
	return current !== undefined && current.patient.id !== next.patient.id;
}

/**
 * Links this device with an enrolment code. The code is used at once (it works once), but
 * the link is stored only if this device holds no other patient's records; otherwise it is
 * handed back pending, for `storeLink` after the device is wiped.
 */
export async function linkDevice(options: LinkOptions): Promise<LinkResult> {
	const result = await enrol(options);
	if (!result.ok) return { status: 'refused', error: result.error };
	const pending = pendingLinkFrom(result.response, result.fhirBase, options);
	if (!isConnectAllowed(pending.enrolment.fhirBase, options.origin, options.connectSrc)) {
		// Records could never be sent there: a link that cannot work is undone, not kept.
		await abandonLink(pending, options);
		return { status: 'refused', error: { code: 'fhir-base-not-allowed' } };
	}
	const current = await readEnrolment(options.db);
	if (current && holdsOtherPatient(current, pending.enrolment)) {
		return { status: 'other-patient', pending, previous: current.patient };
	}
	return { status: 'linked', enrolment: await storeLink(options.db, pending, options) };
}

/** Stores a link: the enrolment, the service contact, and asks the browser to keep the data. */
export async function storeLink(
	db: AppDb,
	pending: PendingLink,
	options: { now: Date; storage?: StorageManagerLike }
): Promise<EnrolmentRecord> {
	const meta = createMetaRepo(db);
	let { enrolment } = pending;
	if (pending.contact) {
		// A contact the service sent in a shape Tend cannot use is left out, not fatal.
		await saveServiceContact(meta, pending.contact).catch(() => {
			enrolment = { ...enrolment, service: null };
		});
	}
	await saveEnrolment(db, enrolment);
	await requestPersistence(options.storage, meta, { now: options.now }).catch(() => undefined);
	return enrolment;
}

/**
 * Links to another patient once the person has agreed to delete what this device holds:
 * the wipe comes first, and the link is stored only if it worked.
 * @param options.openDb - the database to store the link in, opened after the wipe
 */
export async function linkAfterWipe(
	pending: PendingLink,
	options: {
		wipe: () => Promise<void>;
		openDb: () => AppDb;
		now: Date;
		storage?: StorageManagerLike;
	}
): Promise<EnrolmentRecord> {
	await options.wipe();
	return storeLink(options.openDb(), pending, options);
}

/**
 * The person kept the records instead: the code is used up either way, so the device
 * token it gave is revoked (when there is a connection), leaving nothing usable behind.
 */
export async function abandonLink(
	pending: PendingLink,
	options: { fetch: typeof globalThis.fetch; origin: string }
): Promise<UnlinkOutcome> {
	const { serviceUrl, token } = pending.enrolment;
	return unlink({ ...options, serviceUrl, token });
}
