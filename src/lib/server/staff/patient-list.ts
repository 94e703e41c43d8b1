import { recordAudit } from '../audit/audit';
import { formatNhsNumber } from '../patients/nhs-number';
import { listPatients } from '../patients/patients';
import type { Db } from '../store/open-store';

/** One row of the patient list. */
export interface PatientListItem {
	id: string;
	/** Family name first, as lists sort by it: `Jones, Sam`. */
	name: string;
	/** Spaced for reading: `943 476 5919`. */
	nhsNumber: string;
	birthDate: string;
}

/** Longest search text taken; anything longer cannot match a name or an NHS number. */
export const MAX_SEARCH_LENGTH = 100;

/**
 * Patients matching a search by name or NHS number (all when it is empty). Audited as one
 * look at the list, with the number shown — never the search words.
 */
export function searchPatients(
	db: Db,
	search: string,
	{ staffId, now }: { staffId: string; now: Date }
): PatientListItem[] {
	const patients = listPatients(db, { search: search.trim().slice(0, MAX_SEARCH_LENGTH) });
	recordAudit(db, {
		at: now,
		actor: { type: 'staff', id: staffId },
		action: 'patient.list',
		resourceType: 'Patient',
		detail: { count: patients.length, isSearch: search.trim() !== '' }
	});
	return patients.map((patient) => ({
		id: patient.id,
		name: `${patient.familyName}, ${patient.givenName}`,
		nhsNumber: formatNhsNumber(patient.nhsNumber),
		birthDate: patient.birthDate
	}));
}
