/**
 * The enrolment code in a link from a letter's QR code: `/link?code=…` (or `/link#code=…`,
 * which never reaches a server's logs). Once read, the code is taken out of the address so
 * it does not linger in history or get shared by accident.
 */

/** The code in the address, or null. */
export function codeFromUrl(url: URL): string | null {
	const fromQuery = url.searchParams.get('code');
	const fromFragment = new URLSearchParams(url.hash.replace(/^#/, '')).get('code');
	const code = (fromQuery ?? fromFragment)?.trim();
	return code ? code : null;
}

/** The same address without the code: path, other parameters and fragment kept. */
export function addressWithoutCode(url: URL): string {
	const clean = new URL(url.href);
	clean.searchParams.delete('code');
	const fragment = new URLSearchParams(clean.hash.replace(/^#/, ''));
	if (fragment.has('code')) {
		fragment.delete('code');
		clean.hash = fragment.toString();
	}
	return clean.pathname + clean.search + clean.hash;
}
