import { recordAudit } from '../audit/audit';
import { hashPassword } from '../auth/password';
import { consumeSetupToken, hasStaffAccount, verifySetupToken } from '../auth/setup-token';
import type { Db } from '../store/open-store';
import { readSetupForm } from './account-forms';
import { insertStaffAccount, type StaffMember } from './accounts';
import type { FieldError } from './form-fields';
import { createSession } from './sessions';

export interface SetupInput {
	token: string;
	email: string;
	name: string;
	password: string;
}

/**
 * 'done': a staff account exists already; 'token': the link is wrong, used or out of date.
 */
export type SetupResult =
	{ ok: true; staff: StaffMember; sessionSecret: string } | { ok: false; reason: 'done' | 'token' };

/** Whether the first staff account still has to be created. */
export function isSetupNeeded(db: Db): boolean {
	return !hasStaffAccount(db);
}

/**
 * Creates the first staff account with a one-time setup token and signs them in. The token
 * is used up in the same transaction that creates the account, so it works once only.
 */
export function completeSetup(db: Db, input: SetupInput, now: Date): SetupResult {
	if (hasStaffAccount(db)) return { ok: false, reason: 'done' };
	// Checked first so a wrong token does not cost a password hash (about 50 ms).
	if (!verifySetupToken(db, input.token, now)) return { ok: false, reason: 'token' };
	const passwordHash = hashPassword(input.password);
	const staff = db
		.transaction(() => {
			if (!consumeSetupToken(db, input.token, now)) return null;
			const created = insertStaffAccount(
				db,
				{ email: input.email, name: input.name, passwordHash },
				now
			);
			recordAudit(db, {
				at: now,
				actor: { type: 'staff', id: created.id },
				action: 'staff.setup',
				resourceType: 'StaffAccount',
				resourceId: created.id
			});
			return created;
		})
		.immediate();
	if (!staff) return { ok: false, reason: hasStaffAccount(db) ? 'done' : 'token' };
	return { ok: true, staff, sessionSecret: createSession(db, staff.id, now) };
}

export type SetupFormResult =
	| { ok: true; sessionSecret: string }
	| {
			ok: false;
			values: { name: string; email: string };
			errors: FieldError[];
			/** The link itself is the problem: used, out of date, or not the whole link. */
			problem: 'done' | 'token' | null;
	  };

/** Creates the first account from the setup form, or says what to fix (never echoing the password). */
export function setupWithForm(db: Db, data: FormData, now: Date): SetupFormResult {
	const form = readSetupForm(data);
	const values = { name: form.name, email: form.email };
	if (form.errors.length > 0) return { ok: false, values, errors: form.errors, problem: null };
	const result = completeSetup(db, form, now);
	if (result.ok) return { ok: true, sessionSecret: result.sessionSecret };
	return { ok: false, values, errors: [], problem: result.reason };
}
