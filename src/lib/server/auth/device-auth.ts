import { deviceFromRow, hashDeviceToken, type Device, type DeviceRow } from '../devices/devices';
import { patientFromRow, type Patient } from '../patients/patients';
import type { Db } from '../store/open-store';
import { statement } from '../store/statements';

/** Who is calling: an enrolled, unrevoked device and the patient it belongs to. */
export interface DeviceAuth {
	device: Device;
	patient: Patient;
}

/** `last_seen_at` is written at most this often, so reads stay reads. */
export const LAST_SEEN_RESOLUTION_MS = 60_000;

// 32 bytes in base64url, no padding.
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** The token from `Authorization: Bearer <token>`, or null when the header is anything else. */
export function bearerToken(header: string | null | undefined): string | null {
	const match = /^Bearer[ ]+(\S+)[ ]*$/i.exec(header ?? '');
	const token = match?.[1];
	return token !== undefined && TOKEN_PATTERN.test(token) ? token : null;
}

type JoinedRow = DeviceRow & {
	p_id: string;
	p_nhs_number: string;
	p_given_name: string;
	p_family_name: string;
	p_birth_date: string;
	p_phone: string | null;
	p_email: string | null;
	p_created_at: string;
	p_created_by: string;
};

/**
 * Finds the device behind an Authorization header. The token is looked up by its SHA-256
 * hash: a hash lookup leaks nothing useful about the token through timing.
 * @returns null for a missing, malformed, unknown or revoked token
 */
export function authenticateDevice(
	db: Db,
	authorizationHeader: string | null | undefined,
	now: Date
): DeviceAuth | null {
	const token = bearerToken(authorizationHeader);
	if (token === null) return null;
	const row = statement<[string], JoinedRow>(
		db,
		`SELECT d.*, p.id AS p_id, p.nhs_number AS p_nhs_number, p.given_name AS p_given_name,
				p.family_name AS p_family_name, p.birth_date AS p_birth_date, p.phone AS p_phone,
				p.email AS p_email, p.created_at AS p_created_at, p.created_by AS p_created_by
			 FROM device d JOIN patient p ON p.id = d.patient_id
			 WHERE d.token_hash = ? AND d.revoked_at IS NULL`
	).get(hashDeviceToken(token));
	if (!row) return null;
	if (isStale(row.last_seen_at, now)) {
		row.last_seen_at = now.toISOString();
		statement(db, 'UPDATE device SET last_seen_at = ? WHERE id = ?').run(row.last_seen_at, row.id);
	}
	return {
		device: deviceFromRow(row),
		patient: patientFromRow({
			id: row.p_id,
			nhs_number: row.p_nhs_number,
			given_name: row.p_given_name,
			family_name: row.p_family_name,
			birth_date: row.p_birth_date,
			phone: row.p_phone,
			email: row.p_email,
			created_at: row.p_created_at,
			created_by: row.p_created_by
		})
	};
}

function isStale(lastSeenAt: string | null, now: Date): boolean {
	return lastSeenAt === null || now.getTime() - Date.parse(lastSeenAt) >= LAST_SEEN_RESOLUTION_MS;
}
