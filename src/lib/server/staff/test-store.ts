// For specs only: a fresh database with every migration in a temporary folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Db } from '../store/open-store';

/** Opens a throwaway store; call the returned `dispose` after the test. */
export function openTestStore(): { db: Db; dispose: () => void } {
	const dir = mkdtempSync(join(tmpdir(), 'tend-staff-'));
	const db = openStore(dir);
	return {
		db,
		dispose: () => {
			db.close();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

/** A stored password hash for tests that must not spend 50 ms per scrypt call. */
export function addTestStaff(
	db: Db,
	{ id = 's1', email = 'sam@example.nhs.uk', name = 'Sam Clinician', passwordHash = 'x' } = {}
): void {
	db.prepare(
		'INSERT INTO staff_account (id, email, display_name, password_hash, created_at) VALUES (?, ?, ?, ?, ?)'
	).run(id, email, name, passwordHash, '2026-01-01T00:00:00.000Z');
}
