import { currentSession } from '$lib/server/staff/request';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = (event) => {
	// Staff pages hold patient data: never stored by the browser or anything in between.
	event.setHeaders({ 'cache-control': 'no-store' });
	// Reading the path makes this run on every navigation, so each one checks the session.
	void event.url.pathname;
	const session = currentSession(event);
	return { staffName: session.status === 'active' ? session.staff.name : null };
};
