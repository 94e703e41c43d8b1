import type { AppDb } from '$lib/db/app-db';
import { ENROLMENT_KEY, type EnrolmentRecord } from './types';

/** This device's link to a pain service, or undefined when it has never been linked. */
export async function readEnrolment(db: AppDb): Promise<EnrolmentRecord | undefined> {
	return db.enrolment.get(ENROLMENT_KEY);
}

/** Saves the link made at enrolment, replacing any earlier one (a revoked link, say). */
export async function saveEnrolment(db: AppDb, record: EnrolmentRecord): Promise<void> {
	await db.enrolment.put(record);
}

/** Notes that the service refused this device's token; everything else is kept. */
export async function markRevoked(db: AppDb, now: Date): Promise<void> {
	await db.enrolment.update(ENROLMENT_KEY, { revokedAt: now.toISOString() });
}
