import type { Device, EnrolmentRole } from '../devices/devices';
import type { Db } from '../store/open-store';
import { statement } from '../store/statements';

/**
 * Pain scores (0–10 numeric rating) received from the app as FHIR Observations coded
 * LOINC 72514-3 "Pain severity - 0-10 verbal numeric rating [Score] - Reported".
 * See: https://loinc.org/72514-3
 */

export const LOINC_SYSTEM = 'http://loinc.org';
export const PAIN_SEVERITY_CODE = '72514-3';

/** Who sent a score: the device that wrote it, and the carer when it is a carer's device. */
export interface ScoreSender {
	role: EnrolmentRole;
	deviceName: string;
	carerName: string | null;
}

export interface PainScore {
	id: string;
	/** When the score applies (effectiveDateTime, or the start of effectivePeriod). */
	effective: string | null;
	/** 0–10, or null when the Observation carries no usable number. */
	value: number | null;
	sender: ScoreSender | null;
	receivedAt: string;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** The time and score an Observation body records; ignores everything else in it. */
export function readPainObservation(body: unknown): {
	effective: string | null;
	value: number | null;
} {
	if (!isObject(body)) return { effective: null, value: null };
	const period = isObject(body.effectivePeriod) ? body.effectivePeriod : {};
	const effective = [body.effectiveDateTime, body.effectiveInstant, period.start].find(
		(candidate): candidate is string => typeof candidate === 'string'
	);
	const raw = isObject(body.valueQuantity) ? body.valueQuantity.value : body.valueInteger;
	const value = typeof raw === 'number' && raw >= 0 && raw <= 10 ? raw : null;
	return { effective: effective ?? null, value };
}

interface ObservationRow {
	id: string;
	last_updated: string;
	author_device_id: string | null;
	body: string;
}

/**
 * A patient's pain scores, newest first (by when they apply, then when they arrived).
 * @param devices - the patient's devices (listDevices), to name who sent each score
 */
export function listPainScores(db: Db, patientId: string, devices: readonly Device[]): PainScore[] {
	const rows = statement<[string, string, string], ObservationRow>(
		db,
		`SELECT id, last_updated, author_device_id, body FROM fhir_resource
			 WHERE resource_type = 'Observation' AND patient_id = ?
			   AND EXISTS (SELECT 1 FROM json_each(body, '$.code.coding') AS coding
			               WHERE json_extract(coding.value, '$.system') = ?
			                 AND json_extract(coding.value, '$.code') = ?)`
	).all(patientId, LOINC_SYSTEM, PAIN_SEVERITY_CODE);
	const byId = new Map(devices.map((device) => [device.id, device]));
	const sortKey = (score: PainScore) => score.effective ?? score.receivedAt;
	return rows
		.map((row) => {
			const device = row.author_device_id ? byId.get(row.author_device_id) : undefined;
			return {
				id: row.id,
				...readPainObservation(JSON.parse(row.body)),
				sender: device
					? { role: device.role, deviceName: device.name, carerName: device.carer?.name ?? null }
					: null,
				receivedAt: row.last_updated
			};
		})
		.sort(
			(a, b) =>
				Date.parse(sortKey(b)) - Date.parse(sortKey(a)) || b.receivedAt.localeCompare(a.receivedAt)
		);
}
