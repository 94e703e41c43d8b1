import { redirect, type Cookies } from '@sveltejs/kit';
import { recordAudit } from '../audit/audit';
import { getStore } from '../store/store';
import type { StaffMember } from './accounts';
import { STAFF_COOKIE_NAME, staffCookieOptions } from './cookie';
import { endSession, resumeSession, type SessionLookup } from './sessions';

/**
 * The staff session as SvelteKit's loads and actions see it. Every protected load and
 * action calls `requireStaff` itself: a layout load does not guard form actions, and page
 * loads run alongside it rather than after it.
 */

/** What the helpers here need from a RequestEvent (or a load or action event). */
export interface StaffEvent {
	cookies: Cookies;
	locals: App.Locals;
	url: URL;
}

/** Where a person goes to sign in, with the reason they were signed out when there is one. */
export const SIGN_IN_PATH = '/staff/sign-in';

// One lookup per request, however many loads ask: locals is shared by all of them.
const lookups = new WeakMap<App.Locals, SessionLookup>();

/** The request's session, looked up once (which also counts as activity). */
export function currentSession(event: StaffEvent, now = new Date()): SessionLookup {
	const cached = lookups.get(event.locals);
	if (cached) return cached;
	const lookup = resumeSession(getStore(), event.cookies.get(STAFF_COOKIE_NAME), now);
	if (lookup.status !== 'active' && event.cookies.get(STAFF_COOKIE_NAME) !== undefined) {
		event.cookies.delete(STAFF_COOKIE_NAME, staffCookieOptions(event.url));
	}
	lookups.set(event.locals, lookup);
	event.locals.staff = lookup.status === 'active' ? lookup.staff : null;
	return lookup;
}

/**
 * The signed-in staff member.
 * @throws Redirect to the sign-in page (saying why when a session has just ended)
 */
export function requireStaff(event: StaffEvent): StaffMember {
	const lookup = currentSession(event);
	if (lookup.status === 'active') return lookup.staff;
	redirect(
		303,
		lookup.status === 'ended' ? `${SIGN_IN_PATH}?signed-out=${lookup.reason}` : SIGN_IN_PATH
	);
}

/** Puts a new session's secret in the staff cookie, ending the session it replaces. */
export function setSessionCookie(event: StaffEvent, secret: string): void {
	endSession(getStore(), event.cookies.get(STAFF_COOKIE_NAME));
	event.cookies.set(STAFF_COOKIE_NAME, secret, staffCookieOptions(event.url));
}

/** Ends the request's session and removes its cookie (sign out). */
export function signOutRequest(event: StaffEvent, now = new Date()): void {
	const lookup = currentSession(event, now);
	if (lookup.status === 'active') {
		recordAudit(getStore(), {
			at: now,
			actor: { type: 'staff', id: lookup.staff.id },
			action: 'staff.sign-out'
		});
	}
	endSession(getStore(), event.cookies.get(STAFF_COOKIE_NAME));
	event.cookies.delete(STAFF_COOKIE_NAME, staffCookieOptions(event.url));
}

/** Why the sign-in page was opened after a session ended, from its `signed-out` parameter. */
export type SignedOutReason = 'idle' | 'absolute' | 'manual';

/** The `signed-out` parameter if it is one the sign-in page explains, else null. */
export function signedOutReason(url: URL): SignedOutReason | null {
	const value = url.searchParams.get('signed-out');
	return value === 'idle' || value === 'absolute' || value === 'manual' ? value : null;
}

/** The client's address for rate limiting; 'unknown' where the adapter cannot tell. */
export function clientAddress(event: { getClientAddress(): string }): string {
	try {
		return event.getClientAddress();
	} catch {
		return 'unknown';
	}
}
