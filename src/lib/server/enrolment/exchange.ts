import { recordAudit } from '../audit/audit';
import {
	createDevice,
	type Device,
	type EnrolmentRole,
	type RandomBytes
} from '../devices/devices';
import { getPatient, type Patient } from '../patients/patients';
import type { Db } from '../store/open-store';
import { addressWaitSeconds, recordAddressFailure } from './address-limit';
import { parseCode, secretMatches } from './codes';
import { statement } from '../store/statements';

/**
 * Exchanging an enrolment code for a device token (`POST /api/enrol`, docs/api.md).
 *
 * Order matters: the address limit is checked first; then the secret, before anything
 * about the code is told, so that only someone holding the whole code learns whether it
 * was used or has expired. Every failure but a malformed request counts against the
 * address; a wrong secret also counts against the code, which locks at the fifth.
 */

export const MAX_CODE_ATTEMPTS = 5;
const MAX_DEVICE_NAME = 100;

export type ExchangeFailureReason =
	| 'invalid-request'
	| 'code-unknown'
	| 'code-used'
	| 'code-expired'
	| 'code-locked'
	| 'rate-limited';

export type ExchangeResult =
	| {
			ok: true;
			token: string;
			device: Device;
			patient: Patient;
			role: EnrolmentRole;
			carer: { name: string; relationship: string } | null;
	  }
	| { ok: false; reason: ExchangeFailureReason; retryAfterSeconds?: number };

export interface ExchangeInput {
	/** As sent: anything but a string is an invalid request. */
	code: unknown;
	deviceName: unknown;
	/** The client's address, for the per-address limit. */
	ip: string;
	now: Date;
	random?: RandomBytes;
}

interface CodeRow {
	id: string;
	patient_id: string;
	secret_hash: string;
	role: EnrolmentRole;
	carer_name: string | null;
	carer_relationship: string | null;
	expires_at: string;
	used_at: string | null;
	failed_attempts: number;
	locked_at: string | null;
}

/** The device name as stored: trimmed, control characters removed, or null when unusable. */
export function cleanDeviceName(value: unknown): string | null {
	if (typeof value !== 'string') return null;
	const name = value.replace(/\p{Cc}/gu, ' ').trim();
	return name.length >= 1 && name.length <= MAX_DEVICE_NAME ? name : null;
}

/** Exchanges a code for a new device and its token, all in one transaction. */
export function exchangeCode(db: Db, input: ExchangeInput): ExchangeResult {
	const deviceName = cleanDeviceName(input.deviceName);
	if (typeof input.code !== 'string' || input.code.length > 64 || deviceName === null) {
		return { ok: false, reason: 'invalid-request' };
	}
	const code = input.code;
	return db
		.transaction((): ExchangeResult => {
			const { now, ip } = input;
			const wait = addressWaitSeconds(db, ip, now);
			if (wait > 0) return { ok: false, reason: 'rate-limited', retryAfterSeconds: wait };
			const fail = (reason: ExchangeFailureReason): ExchangeResult => {
				recordAddressFailure(db, ip, now);
				return { ok: false, reason };
			};

			const parsed = parseCode(code);
			const row = parsed
				? statement<[string], CodeRow>(db, 'SELECT * FROM enrolment_code WHERE lookup_id = ?').get(
						parsed.lookupId
					)
				: undefined;
			const matches = secretMatches(parsed?.secret ?? '', row?.secret_hash ?? null);
			if (!row) return fail('code-unknown');
			if (row.locked_at !== null) return fail('code-locked');
			if (!matches) {
				const attempts = row.failed_attempts + 1;
				const locks = attempts >= MAX_CODE_ATTEMPTS;
				statement(
					db,
					'UPDATE enrolment_code SET failed_attempts = ?, locked_at = ? WHERE id = ?'
				).run(attempts, locks ? now.toISOString() : null, row.id);
				if (locks) {
					recordAudit(db, {
						at: now,
						actor: { type: 'system', id: null },
						action: 'enrolment-code.lock',
						resourceType: 'Patient',
						resourceId: row.patient_id,
						detail: { codeId: row.id }
					});
				}
				return fail(locks ? 'code-locked' : 'code-unknown');
			}
			if (row.used_at !== null) return fail('code-used');
			if (row.expires_at <= now.toISOString()) return fail('code-expired');

			const patient = getPatient(db, row.patient_id);
			if (!patient) return fail('code-unknown');
			statement(db, 'UPDATE enrolment_code SET used_at = ? WHERE id = ?').run(
				now.toISOString(),
				row.id
			);
			const carer =
				row.role === 'carer'
					? { name: row.carer_name ?? '', relationship: row.carer_relationship ?? '' }
					: null;
			const { device, token } = createDevice(db, {
				patientId: patient.id,
				enrolmentCodeId: row.id,
				role: row.role,
				carer,
				name: deviceName,
				now,
				random: input.random
			});
			recordAudit(db, {
				at: now,
				actor: { type: 'device', id: device.id },
				action: 'device.enrol',
				resourceType: 'Patient',
				resourceId: patient.id,
				detail: { deviceId: device.id, codeId: row.id, role: row.role }
			});
			return { ok: true, token, device, patient, role: row.role, carer };
		})
		.immediate();
}
