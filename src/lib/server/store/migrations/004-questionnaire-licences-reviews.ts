import type { Migration } from './types';

/**
 * Licences the service records for licensed questionnaires, and staff reviews of flagged
 * questionnaire responses. `recorded_by`, `withdrawn_by` and `reviewed_by` hold a staff
 * account id (not foreign keys, like `created_by` elsewhere).
 */
export const migration: Migration = {
	id: 4,
	name: 'questionnaire-licences-reviews',
	up: `
		-- One row per licence recorded; a withdrawn licence is kept with who withdrew it and
		-- when. At most one licence per instrument is current (not withdrawn).
		CREATE TABLE questionnaire_licence (
			id INTEGER PRIMARY KEY AUTOINCREMENT,
			instrument TEXT NOT NULL,
			holder TEXT NOT NULL,
			reference TEXT NOT NULL,
			recorded_by TEXT NOT NULL,
			recorded_at TEXT NOT NULL,
			withdrawn_by TEXT,
			withdrawn_at TEXT
		);
		CREATE UNIQUE INDEX questionnaire_licence_current
			ON questionnaire_licence (instrument) WHERE withdrawn_at IS NULL;

		-- A flagged QuestionnaireResponse (fhir_resource) that a member of staff has reviewed.
		-- Reviewed once: a second review changes nothing.
		CREATE TABLE questionnaire_review (
			response_id TEXT PRIMARY KEY REFERENCES fhir_resource (id),
			reviewed_by TEXT NOT NULL,
			reviewed_at TEXT NOT NULL
		);
	`
};
