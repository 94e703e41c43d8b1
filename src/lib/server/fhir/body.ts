/**
 * Reading request bodies safely: the size limit holds before anything is parsed (the
 * Content-Length is checked first, then the bytes as they stream in, since a client may
 * send none or lie), and JSON is checked for depth so that nothing later recurses into a
 * stack overflow.
 */

export type BodyText = { ok: true; text: string } | { ok: false; reason: 'too-large' | 'not-utf8' };

/** The body as UTF-8 text, or why not; reads no further than `limitBytes`. */
export async function readBodyText(request: Request, limitBytes: number): Promise<BodyText> {
	const declared = Number(request.headers.get('content-length') ?? NaN);
	if (declared > limitBytes) return { ok: false, reason: 'too-large' };
	if (!request.body) return { ok: true, text: '' };
	const reader = request.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > limitBytes) {
			// Not cancel(): behind adapter-node that destroys the socket before the 413 goes out.
			// Node discards the unread rest itself once the response has been sent.
			reader.releaseLock();
			return { ok: false, reason: 'too-large' };
		}
		chunks.push(value);
	}
	try {
		return {
			ok: true,
			text: new TextDecoder('utf-8', { fatal: true }).decode(concat(chunks, size))
		};
	} catch {
		return { ok: false, reason: 'not-utf8' };
	}
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
	const all = new Uint8Array(size);
	let offset = 0;
	for (const chunk of chunks) {
		all.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return all;
}

/** Deepest nesting accepted in a JSON body; real FHIR resources stay far below it. */
export const MAX_JSON_DEPTH = 64;

/** The parsed JSON, or undefined when the text is not JSON or nests deeper than allowed. */
export function parseJsonBody(text: string, maxDepth = MAX_JSON_DEPTH): unknown {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return undefined;
	}
	return exceedsDepth(value, maxDepth) ? undefined : value;
}

/** Whether arrays and objects nest deeper than `maxDepth`; iterative, so it cannot overflow. */
export function exceedsDepth(value: unknown, maxDepth: number): boolean {
	const stack: [unknown, number][] = [[value, 0]];
	while (stack.length > 0) {
		const [current, depth] = stack.pop() as [unknown, number];
		if (current === null || typeof current !== 'object') continue;
		if (depth >= maxDepth) return true;
		for (const child of Object.values(current)) stack.push([child, depth + 1]);
	}
	return false;
}

/** Whether the Content-Type is JSON: FHIR JSON or plain JSON, any parameters. */
export function isJsonContentType(header: string | null): boolean {
	const type = header?.split(';')[0]?.trim().toLowerCase();
	return type === 'application/fhir+json' || type === 'application/json';
}
