import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { recordAudit } from '../audit/audit';
import { hashPassword } from '../auth/password';
import type { Db } from '../store/open-store';
import { statement } from '../store/statements';

/** Shortest password the command line accepts for a staff account. */
export const MIN_PASSWORD_LENGTH = 12;

const StaffSchema = z.object({
	email: z.string().trim().max(254).pipe(z.email('invalid')),
	name: z.string().trim().min(1, 'required').max(100, 'too-long'),
	password: z.string().min(MIN_PASSWORD_LENGTH, 'too-short').max(1024, 'too-long')
});

export interface CreatedStaff {
	id: string;
	email: string;
	name: string;
	createdAt: string;
}

/** A staff account could not be made; `issues` names each field and why. */
export class StaffAccountError extends Error {
	override readonly name = 'StaffAccountError';
	constructor(readonly issues: { path: string; code: string }[]) {
		super(`Staff account refused: ${issues.map((i) => `${i.path} ${i.code}`).join(', ')}`);
	}
}

/**
 * Adds a staff account with a scrypt-hashed password (from the admin command line).
 * @throws StaffAccountError for a bad field or an email already in use
 */
export function createStaffAccount(
	db: Db,
	input: { email: unknown; name: unknown; password: unknown },
	now: Date
): CreatedStaff {
	const parsed = StaffSchema.safeParse(input);
	if (!parsed.success) {
		throw new StaffAccountError(
			parsed.error.issues.map((issue) => ({ path: String(issue.path[0]), code: issue.message }))
		);
	}
	const { email, name, password } = parsed.data;
	const staff: CreatedStaff = { id: randomUUID(), email, name, createdAt: now.toISOString() };
	const passwordHash = hashPassword(password);
	return db
		.transaction(() => {
			if (statement(db, 'SELECT 1 FROM staff_account WHERE email = ?').get(email)) {
				throw new StaffAccountError([{ path: 'email', code: 'duplicate' }]);
			}
			statement(
				db,
				'INSERT INTO staff_account (id, email, display_name, password_hash, created_at) VALUES (?, ?, ?, ?, ?)'
			).run(staff.id, email, name, passwordHash, staff.createdAt);
			recordAudit(db, {
				at: now,
				actor: { type: 'admin', id: null },
				action: 'staff.create',
				resourceType: 'StaffAccount',
				resourceId: staff.id
			});
			return staff;
		})
		.immediate();
}
