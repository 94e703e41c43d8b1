// Plain JavaScript because svelte.config.js and vite.config.ts read it at build time.
// The origins, besides the app's own, that the Content Security Policy lets the app
// connect to: a trust whose pain service or FHIR server lives on another origin lists them
// in TEND_CONNECT_SRC when it builds Tend (docs/decisions.md D-023). The same list is built
// into the app, so the link form can refuse an address the policy would block.

/** The build-time environment variable: origins separated by spaces. */
export const CONNECT_SRC_VARIABLE = 'TEND_CONNECT_SRC';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The origins in TEND_CONNECT_SRC, each as `scheme://host[:port]`, without repeats.
 * @param {string | undefined} value - space-separated origins, e.g. "https://fhir.trust.nhs.uk"
 * @returns {string[]}
 * @throws {Error} naming the first entry that is not an https origin (or http on this computer)
 */
export function parseConnectSrc(value) {
	/** @type {string[]} */
	const origins = [];
	for (const entry of (value ?? '').split(/\s+/).filter(Boolean)) {
		/** @type {URL | undefined} */
		let url;
		try {
			url = new URL(entry);
		} catch {
			url = undefined;
		}
		const isSecure =
			url?.protocol === 'https:' || (url?.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname));
		const isOrigin =
			url && (url.pathname === '/' || url.pathname === '') && !url.search && !url.hash;
		if (!url || !isSecure || !isOrigin || url.username || url.password) {
			throw new Error(
				`${CONNECT_SRC_VARIABLE}: "${entry}" is not an origin such as https://fhir.example.nhs.uk`
			);
		}
		if (!origins.includes(url.origin)) origins.push(url.origin);
	}
	return origins;
}
