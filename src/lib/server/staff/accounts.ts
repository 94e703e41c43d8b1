import { randomUUID } from 'node:crypto';
import type { Db } from '../store/open-store';
import { statement } from '../store/statements';

/** A staff member as the console shows them. */
export interface StaffMember {
	id: string;
	email: string;
	name: string;
}

interface StaffRow {
	id: string;
	email: string;
	display_name: string;
	password_hash: string;
}

const toMember = (row: StaffRow): StaffMember => ({
	id: row.id,
	email: row.email,
	name: row.display_name
});

/** The staff member with this id, or undefined. */
export function getStaffMember(db: Db, id: string): StaffMember | undefined {
	const row = statement<[string], StaffRow>(db, 'SELECT * FROM staff_account WHERE id = ?').get(id);
	return row && toMember(row);
}

/** The staff member with this email (any case) and their stored password hash, or undefined. */
export function findStaffByEmail(
	db: Db,
	email: string
): (StaffMember & { passwordHash: string }) | undefined {
	const row = statement<[string], StaffRow>(db, 'SELECT * FROM staff_account WHERE email = ?').get(
		email.trim()
	);
	return row && { ...toMember(row), passwordHash: row.password_hash };
}

export interface NewStaffAccount {
	email: string;
	name: string;
	/** Already hashed with `hashPassword`; this module never sees a password. */
	passwordHash: string;
}

/**
 * Stores a new staff account.
 * @throws SqliteError (SQLITE_CONSTRAINT_UNIQUE) when the email is taken
 */
export function insertStaffAccount(db: Db, account: NewStaffAccount, now: Date): StaffMember {
	const id = randomUUID();
	statement(
		db,
		'INSERT INTO staff_account (id, email, display_name, password_hash, created_at) VALUES (?, ?, ?, ?, ?)'
	).run(id, account.email.trim(), account.name.trim(), account.passwordHash, now.toISOString());
	return { id, email: account.email.trim(), name: account.name.trim() };
}
