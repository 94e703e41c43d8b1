/**
 * Runs work once the page has painted and the browser is idle, so it never delays the
 * first screen a person sees (the database engine and service worker load this way).
 */
export function whenIdle(work: () => void): void {
	if (typeof requestIdleCallback === 'function')
		requestIdleCallback(() => work(), { timeout: 2000 });
	else setTimeout(work, 1);
}
