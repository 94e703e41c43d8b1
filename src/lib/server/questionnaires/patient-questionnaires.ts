/**
 * Everything a patient's questionnaires page shows: flagged responses needing attention,
 * results per instrument, assignments and what can be assigned. Reading it is audited.
 */
import { recordAudit } from '../audit/audit';
import { formatNhsNumber } from '../patients/nhs-number';
import { displayName, getPatient } from '../patients/patients';
import type { Db } from '../store/open-store';
import { needsAttention, type AttentionItem } from './attention';
import { listAssignments, type AssignmentView } from './assignments';
import {
	assignableQuestionnaires,
	type AssignableQuestionnaire,
	type UnavailableQuestionnaire
} from './available';
import { patientResponses } from './responses';
import { groupResults, type InstrumentResults } from './results';
import { patientReviews } from './reviews';

export interface PatientQuestionnaires {
	patient: { id: string; name: string; nhsNumber: string };
	attention: AttentionItem[];
	results: InstrumentResults[];
	/** Responses stored for the patient that Tend cannot read as its own. */
	unreadable: number;
	assignments: AssignmentView[];
	available: AssignableQuestionnaire[];
	unavailable: UnavailableQuestionnaire[];
}

/**
 * The patient's questionnaires page, recording in the audit trail that this member of
 * staff saw it.
 * @returns null when there is no such patient
 */
export function readPatientQuestionnaires(
	db: Db,
	patientId: string,
	{ staffId, now }: { staffId: string; now: Date }
): PatientQuestionnaires | null {
	const patient = getPatient(db, patientId);
	if (!patient) return null;
	const { responses, unreadable } = patientResponses(db, patient.id);
	const completed = responses.map((response) => ({
		questionnaire: response.read.questionnaire.url,
		authored: response.read.authored
	}));
	recordAudit(db, {
		at: now,
		actor: { type: 'staff', id: staffId },
		action: 'questionnaire.results.read',
		resourceType: 'Patient',
		resourceId: patient.id,
		detail: { responses: responses.length }
	});
	return {
		patient: {
			id: patient.id,
			name: displayName(patient),
			nhsNumber: formatNhsNumber(patient.nhsNumber)
		},
		attention: needsAttention(db, { patientId: patient.id }),
		results: groupResults(responses, patientReviews(db, patient.id)),
		unreadable,
		assignments: listAssignments(db, patient.id, { now, responses: completed }),
		...assignableQuestionnaires(db)
	};
}
