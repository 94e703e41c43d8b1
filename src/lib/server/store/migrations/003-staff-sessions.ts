import type { Migration } from './types';

export const migration: Migration = {
	id: 3,
	name: 'staff-sessions',
	up: `
		-- The cookie holds 32 random bytes; only their SHA-256 hash is kept, so a copy of the
		-- database cannot be used to sign in.
		CREATE TABLE staff_session (
			id_hash TEXT PRIMARY KEY,
			staff_id TEXT NOT NULL REFERENCES staff_account (id) ON DELETE CASCADE,
			created_at TEXT NOT NULL,
			last_seen_at TEXT NOT NULL
		);
		CREATE INDEX staff_session_staff ON staff_session (staff_id);

		-- Failed sign-ins, counted per email and per address to slow down password guessing.
		CREATE TABLE staff_sign_in_failure (
			id INTEGER PRIMARY KEY AUTOINCREMENT,
			email TEXT NOT NULL COLLATE NOCASE,
			ip TEXT NOT NULL,
			at TEXT NOT NULL
		);
		CREATE INDEX staff_sign_in_failure_email ON staff_sign_in_failure (email, at);
		CREATE INDEX staff_sign_in_failure_ip ON staff_sign_in_failure (ip, at);
	`
};
