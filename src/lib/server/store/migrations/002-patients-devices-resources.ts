import type { Migration } from './types';

/**
 * Patients, enrolment codes, enrolled devices and the FHIR resources they exchange.
 * Codes and device tokens are kept only as SHA-256 hashes. `created_by` and `revoked_by`
 * hold a staff account id, or `admin-cli` for the admin command line (`self` when a device
 * unlinked itself); they are not foreign keys so that the command line needs no account.
 */
export const migration: Migration = {
	id: 2,
	name: 'patients-devices-resources',
	up: `
		CREATE TABLE patient (
			id TEXT PRIMARY KEY,
			nhs_number TEXT NOT NULL UNIQUE,
			given_name TEXT NOT NULL,
			family_name TEXT NOT NULL,
			birth_date TEXT NOT NULL,
			phone TEXT,
			email TEXT,
			created_at TEXT NOT NULL,
			created_by TEXT NOT NULL
		);

		CREATE TABLE enrolment_code (
			id TEXT PRIMARY KEY,
			patient_id TEXT NOT NULL REFERENCES patient (id),
			lookup_id TEXT NOT NULL UNIQUE,
			secret_hash TEXT NOT NULL,
			role TEXT NOT NULL CHECK (role IN ('patient', 'carer')),
			carer_name TEXT,
			carer_relationship TEXT,
			created_at TEXT NOT NULL,
			created_by TEXT NOT NULL,
			expires_at TEXT NOT NULL,
			used_at TEXT,
			failed_attempts INTEGER NOT NULL DEFAULT 0,
			locked_at TEXT
		);
		CREATE INDEX enrolment_code_patient ON enrolment_code (patient_id);

		CREATE TABLE device (
			id TEXT PRIMARY KEY,
			patient_id TEXT NOT NULL REFERENCES patient (id),
			enrolment_code_id TEXT NOT NULL REFERENCES enrolment_code (id),
			role TEXT NOT NULL CHECK (role IN ('patient', 'carer')),
			carer_name TEXT,
			carer_relationship TEXT,
			name TEXT NOT NULL,
			token_hash TEXT NOT NULL UNIQUE,
			created_at TEXT NOT NULL,
			last_seen_at TEXT,
			revoked_at TEXT,
			revoked_by TEXT
		);
		CREATE INDEX device_patient ON device (patient_id);

		-- patient_id is NULL only for resources shared by every patient (Questionnaire).
		CREATE TABLE fhir_resource (
			id TEXT PRIMARY KEY,
			resource_type TEXT NOT NULL,
			patient_id TEXT REFERENCES patient (id),
			identifier_system TEXT,
			identifier_value TEXT,
			version_id INTEGER NOT NULL,
			last_updated TEXT NOT NULL,
			author_device_id TEXT REFERENCES device (id),
			body TEXT NOT NULL CHECK (json_valid(body)),
			UNIQUE (resource_type, identifier_system, identifier_value)
		);
		CREATE INDEX fhir_resource_patient_type_updated
			ON fhir_resource (patient_id, resource_type, last_updated);

		-- Earlier versions of a resource, written when a new version replaces them.
		CREATE TABLE fhir_resource_history (
			id TEXT NOT NULL REFERENCES fhir_resource (id),
			version_id INTEGER NOT NULL,
			last_updated TEXT NOT NULL,
			body TEXT NOT NULL,
			PRIMARY KEY (id, version_id)
		);

		-- Failed enrolment attempts, for the per-address limit; rows older than the window go.
		CREATE TABLE enrol_failure (
			ip TEXT NOT NULL,
			at TEXT NOT NULL
		);
		CREATE INDEX enrol_failure_ip_at ON enrol_failure (ip, at);
	`
};
