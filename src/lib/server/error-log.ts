/**
 * Describes an error for the server log. By default the message is left out: messages can
 * quote request data (a patient's answer in a validation error, a snippet of a JSON body in
 * a parse error), whereas the error's type, code and stack frames cannot. Where no patient
 * data can be at hand (the dev server, prerendering at build time) the message is kept.
 */
export function describeErrorSafely(error: unknown, withMessage = false): string {
	if (!(error instanceof Error)) return `non-Error value thrown (${typeof error})`;
	const code = (error as { code?: unknown }).code;
	const frames = (error.stack ?? '')
		.split('\n')
		.filter((line) => /^\s+at /.test(line))
		.slice(0, 8)
		.map((line) => line.trim());
	let head = typeof code === 'string' ? `${error.name} (${code})` : error.name;
	if (withMessage) head += `: ${error.message}`;
	return [head, ...frames].join('\n    ');
}

/** One log entry for a failed request; names the route (`/fhir/[...path]`), never the URL. */
export function requestErrorLine(
	status: number,
	method: string,
	routeId: string | null,
	error: unknown,
	withMessage = false
): string {
	const where = `${method} ${routeId ?? '(no route)'}`;
	return `[${status}] ${where}: ${describeErrorSafely(error, withMessage)}`;
}
