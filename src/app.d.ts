// See https://svelte.dev/docs/kit/types#app.d.ts
import type { StaffMember } from '$lib/server/staff/accounts';

declare global {
	/** Origins the CSP's connect-src allows besides the app's own (TEND_CONNECT_SRC, vite.config.ts). */
	const __TEND_CONNECT_SRC__: readonly string[];

	namespace App {
		// interface Error {}
		interface Locals {
			/**
			 * The signed-in staff member on /staff requests: set by the staff console's session
			 * lookup (null when nobody is signed in); undefined until it has run.
			 */
			staff?: StaffMember | null;
		}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
