/** Origins besides the app's own that the built Content Security Policy lets it connect to. */
export const BUILT_CONNECT_SRC: readonly string[] = __TEND_CONNECT_SRC__;

/**
 * Whether the policy lets the app, served from `ownOrigin`, connect to `url`: its own
 * origin always, another only when TEND_CONNECT_SRC listed it at build time (D-023).
 */
export function isConnectAllowed(
	url: string,
	ownOrigin: string,
	allowed: readonly string[] = BUILT_CONNECT_SRC
): boolean {
	let origin: string;
	try {
		origin = new URL(url).origin;
	} catch {
		return false;
	}
	return origin === new URL(ownOrigin).origin || allowed.includes(origin);
}
