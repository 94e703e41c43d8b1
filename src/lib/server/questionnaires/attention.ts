/**
 * "Needs attention": flagged questionnaire responses that no member of staff has reviewed
 * yet, newest first, for one patient or across all of them (the staff home page). A
 * response is a candidate when the device tagged it or when it answers PHQ-9 (whose item
 * 9 is then checked here again, so a response the device failed to tag is still caught).
 */
import { phq9 } from '$lib/proms/scoring/phq9';
import { recordAudit } from '../audit/audit';
import { getResource } from '../fhir/resource-repo';
import { displayName } from '../patients/patients';
import type { Db } from '../store/open-store';
import { statement } from '../store/statements';
import { definitionLookup, titleOf } from './catalogue';
import { answerText, ITEM_9, scoreStoredResponse } from './responses';

export interface AttentionItem {
	responseId: string;
	patientId: string;
	patientName: string;
	/** The questionnaire's title as its definition gives it. */
	title: string;
	authored: string;
	/** The answer to PHQ-9 item 9 as worded in the definition, when there is one. */
	item9Answer: string | null;
}

interface CandidateRow {
	id: string;
	given_name: string;
	family_name: string;
}

const CANDIDATES = `SELECT f.id, p.given_name, p.family_name FROM fhir_resource f
	JOIN patient p ON p.id = f.patient_id
	LEFT JOIN questionnaire_review r ON r.response_id = f.id
	WHERE f.resource_type = 'QuestionnaireResponse' AND r.response_id IS NULL
	  AND (EXISTS (SELECT 1 FROM json_each(f.body, '$.meta.tag') AS tag
	               WHERE json_extract(tag.value, '$.system') = 'urn:tend:flag'
	                 AND json_extract(tag.value, '$.code') = 'safety-netting')
	       OR substr(json_extract(f.body, '$.questionnaire'), 1, ?) = ?)`;

/** Unreviewed flagged responses (of one patient, or of everyone), newest first. */
export function needsAttention(
	db: Db,
	{ patientId }: { patientId?: string } = {}
): AttentionItem[] {
	const prefix = `${phq9.url}|`;
	const params: (string | number)[] = [prefix.length, prefix];
	const sql = patientId === undefined ? CANDIDATES : `${CANDIDATES} AND f.patient_id = ?`;
	if (patientId !== undefined) params.push(patientId);
	const lookup = definitionLookup(db);
	const items = statement<(string | number)[], CandidateRow>(db, sql)
		.all(...params)
		.flatMap((row): AttentionItem[] => {
			const stored = getResource(db, 'QuestionnaireResponse', row.id);
			const scored = stored && scoreStoredResponse(stored, lookup);
			if (!scored?.needsAttention) return [];
			return [
				{
					responseId: scored.id,
					patientId: scored.patientId,
					patientName: displayName({ givenName: row.given_name, familyName: row.family_name }),
					title: scored.definition
						? titleOf(scored.definition)
						: scored.read.questionnaire.url.split('/').at(-1)!,
					authored: scored.read.authored,
					item9Answer: answerText(scored, ITEM_9)
				}
			];
		});
	return items.sort(
		(a, b) =>
			Date.parse(b.authored) - Date.parse(a.authored) || a.responseId.localeCompare(b.responseId)
	);
}

/** The list across all patients for the staff home page, audited as one look at it. */
export function attentionList(db: Db, { staffId, now }: { staffId: string; now: Date }) {
	const items = needsAttention(db);
	recordAudit(db, {
		at: now,
		actor: { type: 'staff', id: staffId },
		action: 'questionnaire.attention.list',
		detail: { count: items.length, patientIds: [...new Set(items.map((item) => item.patientId))] }
	});
	return items;
}
