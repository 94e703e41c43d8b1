import { isFlareObservation, isTaggedSharedWithCarer } from '$lib/flare/codes';
import type { DeviceAuth } from '../auth/device-auth';
import type { StoredResource } from './resource-repo';

/**
 * What a carer's device may read of the patient's record (docs/decisions.md D-020, hazard
 * H-011). A carer sees the plan and what the service publishes for the patient, but of the
 * patient's own records only what the patient chose to share: flare-log Observations the
 * patient's device sent tagged shared-with-carer. Never pain scores, diary entries, an
 * unshared flare, or a flare anyone else recorded; of questionnaire answers, only those
 * sent from this carer's own device. Everything not shown is answered as if it did not
 * exist (404 on read, absent from a search), so a carer cannot learn what is held back.
 */

/** Recorded by the patient's own device: the service sets the performer from the token. */
function isRecordedByPatient(resource: Record<string, unknown>, patientId: string): boolean {
	const performers = resource.performer;
	return (
		Array.isArray(performers) &&
		performers.length > 0 &&
		performers.every(
			(performer: { reference?: unknown }) => performer?.reference === `Patient/${patientId}`
		)
	);
}

/** A flare-log Observation the patient shared with their carer. */
export function isSharedFlare(stored: StoredResource, patientId: string): boolean {
	return (
		isFlareObservation(stored.resource) &&
		isTaggedSharedWithCarer(stored.resource) &&
		isRecordedByPatient(stored.resource, patientId)
	);
}

/** Whether the device behind the token may see one of its patient's stored resources. */
export function isVisibleToDevice(auth: DeviceAuth, stored: StoredResource): boolean {
	if (auth.device.role !== 'carer') return true;
	switch (stored.resourceType) {
		case 'Observation':
			return isSharedFlare(stored, auth.patient.id);
		case 'QuestionnaireResponse':
			return stored.authorDeviceId === auth.device.id;
		default:
			return true;
	}
}
