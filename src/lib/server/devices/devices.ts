import { createHash, randomBytes as nodeRandomBytes, randomUUID } from 'node:crypto';
import { actorFromBy, recordAudit } from '../audit/audit';
import type { Db } from '../store/open-store';
import { statement } from '../store/statements';

/**
 * Enrolled devices: one row per phone or browser that exchanged an enrolment code. The
 * device's token (256 random bits, base64url) is handed over once; only its SHA-256 hash
 * is stored, so a copy of the database cannot be used to act as a device.
 */

export type EnrolmentRole = 'patient' | 'carer';
export type RandomBytes = (size: number) => Buffer;

export interface Device {
	id: string;
	patientId: string;
	role: EnrolmentRole;
	/** The carer's name and relationship for a carer's device, else null. */
	carer: { name: string; relationship: string } | null;
	/** What the person called the device when enrolling, e.g. "Sam's phone". */
	name: string;
	createdAt: string;
	lastSeenAt: string | null;
	revokedAt: string | null;
	/** Staff account id, `admin-cli`, or `self` when the device unlinked itself. */
	revokedBy: string | null;
}

export const DEVICE_TOKEN_BYTES = 32;

/** SHA-256 of a device token, hex: the only form of it that is stored. */
export function hashDeviceToken(token: string): string {
	return createHash('sha256').update(token, 'utf8').digest('hex');
}

export interface DeviceRow {
	id: string;
	patient_id: string;
	enrolment_code_id: string;
	role: EnrolmentRole;
	carer_name: string | null;
	carer_relationship: string | null;
	name: string;
	token_hash: string;
	created_at: string;
	last_seen_at: string | null;
	revoked_at: string | null;
	revoked_by: string | null;
}

/** Maps a `device` row (SELECT *) to a Device. */
export function deviceFromRow(row: DeviceRow): Device {
	return {
		id: row.id,
		patientId: row.patient_id,
		role: row.role,
		carer:
			row.role === 'carer'
				? { name: row.carer_name ?? '', relationship: row.carer_relationship ?? '' }
				: null,
		name: row.name,
		createdAt: row.created_at,
		lastSeenAt: row.last_seen_at,
		revokedAt: row.revoked_at,
		revokedBy: row.revoked_by
	};
}

export interface NewDevice {
	patientId: string;
	enrolmentCodeId: string;
	role: EnrolmentRole;
	carer: { name: string; relationship: string } | null;
	name: string;
	now: Date;
	random?: RandomBytes;
}

/**
 * Adds a device with a fresh token. Call inside the transaction that uses up the code.
 * @returns the device and its token, which is never stored and cannot be shown again
 */
export function createDevice(db: Db, input: NewDevice): { device: Device; token: string } {
	const token = (input.random ?? nodeRandomBytes)(DEVICE_TOKEN_BYTES).toString('base64url');
	const row: DeviceRow = {
		id: randomUUID(),
		patient_id: input.patientId,
		enrolment_code_id: input.enrolmentCodeId,
		role: input.role,
		carer_name: input.carer?.name ?? null,
		carer_relationship: input.carer?.relationship ?? null,
		name: input.name,
		token_hash: hashDeviceToken(token),
		created_at: input.now.toISOString(),
		last_seen_at: null,
		revoked_at: null,
		revoked_by: null
	};
	statement(
		db,
		`INSERT INTO device (id, patient_id, enrolment_code_id, role, carer_name, carer_relationship,
			name, token_hash, created_at, last_seen_at, revoked_at, revoked_by)
		 VALUES (@id, @patient_id, @enrolment_code_id, @role, @carer_name, @carer_relationship,
			@name, @token_hash, @created_at, @last_seen_at, @revoked_at, @revoked_by)`
	).run(row);
	return { device: deviceFromRow(row), token };
}

/** The device with this id, or null. */
export function getDevice(db: Db, id: string): Device | null {
	const row = statement<[string], DeviceRow>(db, 'SELECT * FROM device WHERE id = ?').get(id);
	return row ? deviceFromRow(row) : null;
}

/** A patient's devices, revoked ones included, newest first. */
export function listDevices(db: Db, patientId: string): Device[] {
	return statement<[string], DeviceRow>(
		db,
		'SELECT * FROM device WHERE patient_id = ? ORDER BY created_at DESC, id'
	)
		.all(patientId)
		.map(deviceFromRow);
}

/**
 * Revokes a device's token at once (its next request gets 401) and audits it.
 * @param options.by - staff account id, `admin-cli`, or `self` (the device unlinking itself)
 * @returns false when there is no such device or it was already revoked
 */
export function revokeDevice(
	db: Db,
	deviceId: string,
	{ by, now }: { by: string; now: Date }
): boolean {
	return db
		.transaction(() => {
			const result = statement(
				db,
				'UPDATE device SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL'
			).run(now.toISOString(), by, deviceId);
			if (result.changes === 0) return false;
			const patient = statement<[string], { patient_id: string }>(
				db,
				'SELECT patient_id FROM device WHERE id = ?'
			).get(deviceId);
			recordAudit(db, {
				at: now,
				actor: actorFromBy(by, deviceId),
				action: 'device.revoke',
				resourceType: 'Patient',
				resourceId: patient?.patient_id ?? null,
				detail: { deviceId }
			});
			return true;
		})
		.immediate();
}
