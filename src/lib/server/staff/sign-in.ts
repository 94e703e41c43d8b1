import { randomUUID } from 'node:crypto';
import { recordAudit } from '../audit/audit';
import { hashPassword, verifyPassword } from '../auth/password';
import type { Db } from '../store/open-store';
import { readSignInForm } from './account-forms';
import { findStaffByEmail, type StaffMember } from './accounts';
import { fieldError, type FieldError } from './form-fields';
import { createSession } from './sessions';
import {
	clearSignInFailures,
	isSignInLimited,
	recordSignInFailure,
	type SignInAttempt
} from './sign-in-limits';

export interface SignInInput extends SignInAttempt {
	password: string;
}

/** 'invalid' is the same for an unknown email and a wrong password: no account enumeration. */
export type SignInResult =
	| { ok: true; staff: StaffMember; sessionSecret: string }
	| { ok: false; reason: 'invalid' | 'limited' };

let decoyHash: string | undefined;

/**
 * Checks an email and password and starts a session. An unknown email is checked against a
 * decoy hash so it takes as long as a wrong password.
 */
export function signIn(db: Db, input: SignInInput, now: Date): SignInResult {
	if (isSignInLimited(db, input, now)) return { ok: false, reason: 'limited' };
	const account = findStaffByEmail(db, input.email);
	decoyHash ??= hashPassword(randomUUID());
	const isMatch = verifyPassword(input.password, account?.passwordHash ?? decoyHash);
	if (!account || !isMatch) {
		recordSignInFailure(db, input, now);
		return { ok: false, reason: 'invalid' };
	}
	clearSignInFailures(db, input.email);
	recordAudit(db, { at: now, actor: { type: 'staff', id: account.id }, action: 'staff.sign-in' });
	const staff: StaffMember = { id: account.id, email: account.email, name: account.name };
	return { ok: true, staff, sessionSecret: createSession(db, staff.id, now) };
}

export type SignInFormResult =
	| { ok: true; sessionSecret: string }
	| { ok: false; status: 400 | 429; email: string; errors: FieldError[] };

/** Signs in with the sign-in form's fields, or says what went wrong (keeping the email). */
export function signInWithForm(
	db: Db,
	data: FormData,
	{ ip, now }: { ip: string; now: Date }
): SignInFormResult {
	const form = readSignInForm(data);
	if (form.errors.length > 0)
		return { ok: false, status: 400, email: form.email, errors: form.errors };
	const result = signIn(db, { email: form.email, password: form.password, ip }, now);
	if (result.ok) return { ok: true, sessionSecret: result.sessionSecret };
	return result.reason === 'limited'
		? {
				ok: false,
				status: 429,
				email: form.email,
				errors: [fieldError('email', 'staff:sign_in.limited')]
			}
		: {
				ok: false,
				status: 400,
				email: form.email,
				errors: [fieldError('email', 'staff:sign_in.invalid')]
			};
}
