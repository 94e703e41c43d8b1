// Plain JavaScript because the top-level server.js imports it at run time, without a bundler.
// The one list of security headers: server.js sets them on every response (static files and
// prerendered pages never reach SvelteKit's hooks) and hooks.server.ts sets them under
// `vite dev` and `vite preview`.

/** Sent as its own policy: frame-ancestors cannot live in the <meta> policy SvelteKit writes. */
export const FRAME_ANCESTORS_POLICY = "frame-ancestors 'none'";

/**
 * The security headers for a response.
 * @param {{ https: boolean }} options - https: whether the request came over TLS (HSTS is only sent then)
 * @returns {Record<string, string>}
 */
export function securityHeaders({ https }) {
	/** @type {Record<string, string>} */
	const headers = {
		'content-security-policy': FRAME_ANCESTORS_POLICY,
		'x-content-type-options': 'nosniff',
		// Never a Referer to another site; same-origin keeps the Origin header on form posts,
		// which SvelteKit's cross-site check needs (no-referrer makes browsers send "null").
		'referrer-policy': 'same-origin',
		'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
		'cross-origin-opener-policy': 'same-origin',
		'x-frame-options': 'DENY'
	};
	if (https) headers['strict-transport-security'] = 'max-age=31536000; includeSubDomains';
	return headers;
}

/**
 * Adds our frame-ancestors policy to a Content-Security-Policy value that may already hold
 * SvelteKit's. A comma starts a second policy, and browsers enforce every policy sent.
 * @param {string | null | undefined} existing
 * @returns {string}
 */
export function mergeContentSecurityPolicy(existing) {
	if (!existing) return FRAME_ANCESTORS_POLICY;
	return /(^|[;,])\s*frame-ancestors\s/i.test(existing)
		? existing
		: `${existing}, ${FRAME_ANCESTORS_POLICY}`;
}

/**
 * Sets the security headers on anything with get/set/delete (a fetch `Headers`, or an
 * adapter over Node's response), keeping a Content-Security-Policy that is already there.
 * Without https, any HSTS header is removed: only the caller that saw the connection knows.
 * @param {{ get(name: string): string | null | undefined; set(name: string, value: string): void; delete(name: string): void }} target
 * @param {{ https: boolean }} options
 */
export function applySecurityHeaders(target, options) {
	if (!options.https) target.delete('strict-transport-security');
	for (const [name, value] of Object.entries(securityHeaders(options))) {
		target.set(
			name,
			name === 'content-security-policy' ? mergeContentSecurityPolicy(target.get(name)) : value
		);
	}
}
