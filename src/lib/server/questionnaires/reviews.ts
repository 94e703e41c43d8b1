/**
 * Staff reviews of flagged questionnaire responses (`questionnaire_review`). Reviewing
 * takes a response off "Needs attention"; its flag still shows, with who reviewed it and
 * when. A response is reviewed once: marking it again changes nothing and records nothing.
 */
import { recordAudit } from '../audit/audit';
import { getResource } from '../fhir/resource-repo';
import type { Db } from '../store/open-store';
import { statement } from '../store/statements';
import { definitionLookup } from './catalogue';
import { scoreStoredResponse } from './responses';

export interface Review {
	by: { id: string; name: string };
	at: string;
}

interface ReviewRow {
	response_id: string;
	reviewed_by: string;
	reviewed_at: string;
	name: string | null;
}

const SELECT = `SELECT r.*, s.display_name AS name FROM questionnaire_review r
	LEFT JOIN staff_account s ON s.id = r.reviewed_by`;

const fromRow = (row: ReviewRow): Review => ({
	by: { id: row.reviewed_by, name: row.name ?? row.reviewed_by },
	at: row.reviewed_at
});

/** Reviews of a patient's responses, by response id. */
export function patientReviews(db: Db, patientId: string): Map<string, Review> {
	const rows = statement<[string], ReviewRow>(
		db,
		`${SELECT} JOIN fhir_resource f ON f.id = r.response_id WHERE f.patient_id = ?`
	).all(patientId);
	return new Map(rows.map((row) => [row.response_id, fromRow(row)]));
}

export type ReviewResult =
	| { status: 'reviewed' | 'already'; review: Review }
	/** No such response of this patient, or it is not flagged: nothing to review. */
	| { status: 'not-found' };

/**
 * Marks a flagged response of the patient as reviewed by this member of staff, audited;
 * idempotent (a second time answers 'already' with the first review).
 */
export function markReviewed(
	db: Db,
	input: { patientId: string; responseId: string; staffId: string; now: Date }
): ReviewResult {
	return db
		.transaction((): ReviewResult => {
			const stored = getResource(db, 'QuestionnaireResponse', input.responseId);
			const scored = stored && scoreStoredResponse(stored, definitionLookup(db));
			if (!scored || scored.patientId !== input.patientId || !scored.needsAttention) {
				return { status: 'not-found' };
			}
			const { changes } = statement(
				db,
				`INSERT INTO questionnaire_review (response_id, reviewed_by, reviewed_at)
				 VALUES (?, ?, ?) ON CONFLICT (response_id) DO NOTHING`
			).run(scored.id, input.staffId, input.now.toISOString());
			const row = statement<[string], ReviewRow>(db, `${SELECT} WHERE r.response_id = ?`).get(
				scored.id
			);
			if (!row) throw new Error('The review just recorded went missing');
			if (changes > 0) {
				recordAudit(db, {
					at: input.now,
					actor: { type: 'staff', id: input.staffId },
					action: 'questionnaire-response.review',
					resourceType: 'QuestionnaireResponse',
					resourceId: scored.id,
					detail: { patientId: input.patientId }
				});
			}
			return { status: changes > 0 ? 'reviewed' : 'already', review: fromRow(row) };
		})
		.immediate();
}
