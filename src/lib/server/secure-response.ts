import { applySecurityHeaders } from './security-headers.js';

/** The response with the security headers set, copied first if its headers are immutable. */
export function secureResponse(response: Response, https: boolean): Response {
	try {
		applySecurityHeaders(response.headers, { https });
		return response;
	} catch {
		// Responses such as Response.redirect() or a fetch() result have immutable headers.
		const copy = new Response(response.body, response);
		applySecurityHeaders(copy.headers, { https });
		return copy;
	}
}
