import { describe, expect, it } from 'vitest';
import { exceedsDepth, isJsonContentType, parseJsonBody, readBodyText } from './body';

function streamRequest(chunks: string[], headers: Record<string, string> = {}): Request {
	const encoder = new TextEncoder();
	const body = new ReadableStream<Uint8Array>({
		start(controller) {
			for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
			controller.close();
		}
	});
	return new Request('http://x/', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);
}

describe('readBodyText', () => {
	it('reads a body within the limit', async () => {
		expect(await readBodyText(streamRequest(['{"a":', '1}']), 10)).toEqual({
			ok: true,
			text: '{"a":1}'
		});
	});

	it('refuses a declared length over the limit without reading', async () => {
		const request = streamRequest(['x'], { 'content-length': '11' });
		expect(await readBodyText(request, 10)).toEqual({ ok: false, reason: 'too-large' });
		expect(request.bodyUsed).toBe(false);
	});

	it('stops reading once the bytes pass the limit, whatever the header says', async () => {
		const request = streamRequest(['12345', '67890', '1'], { 'content-length': '3' });
		expect(await readBodyText(request, 10)).toEqual({ ok: false, reason: 'too-large' });
	});

	it('counts bytes, not characters', async () => {
		expect(await readBodyText(streamRequest(['é'.repeat(6)]), 10)).toEqual({
			ok: false,
			reason: 'too-large'
		});
	});

	it('refuses bytes that are not UTF-8', async () => {
		const request = new Request('http://x/', {
			method: 'POST',
			body: new Uint8Array([0xff, 0xfe])
		});
		expect(await readBodyText(request, 10)).toEqual({ ok: false, reason: 'not-utf8' });
	});

	it('reads no body as empty', async () => {
		expect(await readBodyText(new Request('http://x/', { method: 'POST' }), 10)).toEqual({
			ok: true,
			text: ''
		});
	});
});

describe('parseJsonBody', () => {
	it.each(['', '{', 'undefined', '{"a":1}x'])('is undefined for %j', (text) => {
		expect(parseJsonBody(text)).toBeUndefined();
	});

	it('parses JSON', () => {
		expect(parseJsonBody('{"a":[1,{"b":null}]}')).toEqual({ a: [1, { b: null }] });
	});

	it('refuses deep nesting without overflowing the stack', () => {
		const deep = '['.repeat(100_000) + ']'.repeat(100_000);
		expect(parseJsonBody(deep)).toBeUndefined();
		expect(parseJsonBody('[[[1]]]', 3)).toEqual([[[1]]]);
		expect(parseJsonBody('[[[[1]]]]', 3)).toBeUndefined();
	});

	it('exceedsDepth counts objects and arrays only', () => {
		expect(exceedsDepth('text', 0)).toBe(false);
		expect(exceedsDepth({ a: { b: 1 } }, 2)).toBe(false);
		expect(exceedsDepth({ a: { b: {} } }, 2)).toBe(true);
	});
});

describe('isJsonContentType', () => {
	it.each([
		['application/fhir+json', true],
		['application/fhir+json; charset=utf-8', true],
		['Application/JSON', true],
		['application/xml', false],
		['text/plain', false],
		['application/x-www-form-urlencoded', false],
		[null, false]
	])('%j → %s', (header, expected) => {
		expect(isJsonContentType(header)).toBe(expected);
	});
});
