import { ABSOLUTE_TIMEOUT_MS } from './session-expiry';

/** Name of the cookie that holds a staff session's secret. */
export const STAFF_COOKIE_NAME = 'tend_staff';

/** Options for SvelteKit's `cookies.set` / `cookies.delete` for the staff session cookie. */
export interface StaffCookieOptions {
	path: '/staff';
	httpOnly: true;
	sameSite: 'strict';
	secure: boolean;
	maxAge: number;
}

/**
 * The staff cookie's attributes: never readable by scripts, never sent from another site,
 * only sent to /staff, and Secure whenever the console is reached over https. It lasts no
 * longer than a session can (the server enforces the real limits on every request).
 */
export function staffCookieOptions(url: URL): StaffCookieOptions {
	return {
		path: '/staff',
		httpOnly: true,
		sameSite: 'strict',
		secure: url.protocol === 'https:',
		maxAge: ABSOLUTE_TIMEOUT_MS / 1000
	};
}
