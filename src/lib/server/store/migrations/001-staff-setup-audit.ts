import type { Migration } from './types';

export const migration: Migration = {
	id: 1,
	name: 'staff-setup-audit',
	up: `
		CREATE TABLE staff_account (
			id TEXT PRIMARY KEY,
			email TEXT NOT NULL UNIQUE COLLATE NOCASE,
			display_name TEXT NOT NULL,
			password_hash TEXT NOT NULL,
			created_at TEXT NOT NULL
		);

		-- Only the SHA-256 hash of a setup token is kept; the token itself is printed once.
		CREATE TABLE setup_token (
			token_hash TEXT PRIMARY KEY,
			expires_at TEXT NOT NULL,
			used_at TEXT
		);

		CREATE TABLE audit_event (
			id INTEGER PRIMARY KEY AUTOINCREMENT,
			at TEXT NOT NULL,
			actor_type TEXT NOT NULL,
			actor_id TEXT,
			action TEXT NOT NULL,
			resource_type TEXT,
			resource_id TEXT,
			detail TEXT
		);
		CREATE INDEX audit_event_at ON audit_event (at);
		CREATE INDEX audit_event_resource ON audit_event (resource_type, resource_id);
	`
};
