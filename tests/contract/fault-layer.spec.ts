import { describe, expect, it } from 'vitest';
import { faultyFetch, type Server } from './fault-layer';

function countingServer() {
	const received: string[] = [];
	const server: Server = async (request) => {
		received.push(await request.text());
		return new Response('{}', { status: 200 });
	};
	return { server, received };
}

describe('faultyFetch', () => {
	it('passes requests through once the schedule runs out', async () => {
		const { server, received } = countingServer();
		const { fetch } = faultyFetch(server, []);
		expect((await fetch('http://x/', { method: 'POST', body: 'a' })).status).toBe(200);
		expect(received).toEqual(['a']);
	});

	it('drops a request before the server sees it', async () => {
		const { server, received } = countingServer();
		const { fetch } = faultyFetch(server, [{ kind: 'drop-request' }]);
		await expect(fetch('http://x/', { method: 'POST', body: 'a' })).rejects.toThrow(TypeError);
		expect(received).toEqual([]);
	});

	it('drops the response after the server has committed', async () => {
		const { server, received } = countingServer();
		const { fetch } = faultyFetch(server, [{ kind: 'drop-response' }]);
		await expect(fetch('http://x/', { method: 'POST', body: 'a' })).rejects.toThrow(TypeError);
		expect(received).toEqual(['a']);
	});

	it('delivers a duplicated request twice', async () => {
		const { server, received } = countingServer();
		const { fetch, log } = faultyFetch(server, [{ kind: 'duplicate' }]);
		await fetch('http://x/', { method: 'POST', body: 'a' });
		expect(received).toEqual(['a', 'a']);
		expect(log.serverCalls).toBe(2);
	});

	it('answers 429 with Retry-After, and 5xx, without touching the server', async () => {
		const { server, received } = countingServer();
		const { fetch } = faultyFetch(server, [
			{ kind: 'too-many', retryAfterSeconds: 30 },
			{ kind: 'server-error', status: 503 }
		]);
		const limited = await fetch('http://x/', { method: 'POST', body: 'a' });
		expect(limited.status).toBe(429);
		expect(limited.headers.get('retry-after')).toBe('30');
		expect((await fetch('http://x/', { method: 'POST', body: 'a' })).status).toBe(503);
		expect(received).toEqual([]);
	});

	it('cuts a reply off mid-way after the server has committed', async () => {
		const received: string[] = [];
		const server: Server = async (request) => {
			received.push(await request.text());
			return new Response('{"resourceType":"Bundle","type":"transaction-response"}', {
				status: 200
			});
		};
		const { fetch } = faultyFetch(server, [{ kind: 'cut-response' }]);
		const response = await fetch('http://x/', { method: 'POST', body: 'a' });
		expect(response.status).toBe(200);
		await expect(response.json()).rejects.toThrow();
		expect(received).toEqual(['a']);
	});

	it('answers with a captive portal page without touching the server', async () => {
		const { server, received } = countingServer();
		const { fetch, log } = faultyFetch(server, [{ kind: 'portal', status: 511 }]);
		const response = await fetch('http://x/', { method: 'POST', body: 'a' });
		expect(response.status).toBe(511);
		expect(response.headers.get('content-type')).toBe('text/html');
		expect(received).toEqual([]);
		expect(log.faults.portal).toBe(1);
	});
});
