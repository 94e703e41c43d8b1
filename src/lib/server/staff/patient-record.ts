import { recordAudit } from '../audit/audit';
import { listDevices, type Device } from '../devices/devices';
import { listCodes, type EnrolmentCodeSummary } from '../enrolment/codes';
import { formatNhsNumber } from '../patients/nhs-number';
import { displayName, getPatient, type Patient } from '../patients/patients';
import type { Db } from '../store/open-store';
import { listPainScores, type PainScore } from './pain-scores';

/** Everything the patient page shows, as plain data for the page. */
export interface PatientRecord {
	patient: Pick<Patient, 'id' | 'givenName' | 'familyName' | 'birthDate' | 'phone' | 'email'> & {
		name: string;
		/** Spaced for reading: `943 476 5919`. */
		nhsNumber: string;
	};
	devices: Device[];
	codes: EnrolmentCodeSummary[];
	painScores: PainScore[];
}

/**
 * A patient's record for the staff console, recording in the audit trail that this staff
 * member saw it.
 * @returns null when there is no such patient
 */
export function readPatientRecord(
	db: Db,
	patientId: string,
	{ staffId, now }: { staffId: string; now: Date }
): PatientRecord | null {
	const patient = getPatient(db, patientId);
	if (!patient) return null;
	const devices = listDevices(db, patient.id);
	recordAudit(db, {
		at: now,
		actor: { type: 'staff', id: staffId },
		action: 'patient.read',
		resourceType: 'Patient',
		resourceId: patient.id
	});
	return {
		patient: {
			id: patient.id,
			name: displayName(patient),
			givenName: patient.givenName,
			familyName: patient.familyName,
			nhsNumber: formatNhsNumber(patient.nhsNumber),
			birthDate: patient.birthDate,
			phone: patient.phone,
			email: patient.email
		},
		devices,
		codes: listCodes(db, patient.id, now),
		painScores: listPainScores(db, patient.id, devices)
	};
}
