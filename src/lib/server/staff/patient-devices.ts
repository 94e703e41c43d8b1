import { getDevice, revokeDevice, type Device } from '../devices/devices';
import type { Db } from '../store/open-store';

/** The patient's device with this id, or null (also for another patient's device). */
export function findPatientDevice(db: Db, patientId: string, deviceId: string): Device | null {
	const device = deviceId ? getDevice(db, deviceId) : null;
	return device?.patientId === patientId ? device : null;
}

/**
 * Revokes one of the patient's devices for a staff member (audited by revokeDevice).
 * @returns the device, or null when it is not this patient's or was already revoked
 */
export function revokePatientDevice(
	db: Db,
	patientId: string,
	deviceId: string,
	{ staffId, now }: { staffId: string; now: Date }
): Device | null {
	const device = findPatientDevice(db, patientId, deviceId);
	if (!device || device.revokedAt !== null) return null;
	return revokeDevice(db, device.id, { by: staffId, now }) ? device : null;
}
