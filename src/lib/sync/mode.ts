import type { EnrolmentRecord } from '$lib/enrolment/types';
import type { RecordLink, SyncMode } from './types';

/** The device's mode from its enrolment: never linked, linked, or unlinked by the service. */
export function modeOf(enrolment: EnrolmentRecord | undefined): SyncMode {
	if (!enrolment) return 'self-guided';
	return enrolment.revokedAt ? 'unlinked-by-service' : 'linked';
}

/**
 * Who new records belong to, or null when self-guided: records made then stay on the
 * device. A device the service unlinked still queues records, to send if it is linked again.
 */
export function linkOf(enrolment: EnrolmentRecord | undefined): RecordLink | null {
	return enrolment ? { patientId: enrolment.patient.id, role: enrolment.role } : null;
}
