/**
 * A fault layer between a client and a server, for the sync fault-injection tests. It
 * wraps a server function (a Request in, a Response out — the real handler) in a `fetch`
 * that misbehaves on a schedule the test draws: the network drops the request, or drops
 * the response after the server has committed, the server answers 5xx or 429 without
 * doing anything, a delivery is duplicated, or a reply is delayed. Two more come from the
 * mobile networks patients use: a reply cut off mid-way after the server committed, and a
 * page from something in between (a captive portal or proxy) that never reached the server.
 */

export type Fault =
	| { kind: 'ok' }
	| { kind: 'drop-request' }
	| { kind: 'drop-response' }
	| { kind: 'server-error'; status: 500 | 502 | 503 | 504 }
	| { kind: 'too-many'; retryAfterSeconds: number }
	| { kind: 'duplicate' }
	| { kind: 'delay'; ms: number }
	| { kind: 'cut-response' }
	| { kind: 'portal'; status: 200 | 403 | 511 };

export type Server = (request: Request) => Promise<Response>;

const PORTAL_PAGE =
	'<!doctype html><title>Sign in to the Wi-Fi</title><p>Accept the terms to go on.';

/** What the layer did, for the test's report and its checks. */
export interface FaultLog {
	calls: number;
	serverCalls: number;
	faults: Record<Fault['kind'], number>;
}

/**
 * A `fetch` that sends each request through `server`, applying the next fault from
 * `faults` (then 'ok' once the schedule runs out).
 */
export function faultyFetch(
	server: Server,
	faults: readonly Fault[]
): { fetch: typeof fetch; log: FaultLog } {
	const schedule = [...faults];
	const log: FaultLog = {
		calls: 0,
		serverCalls: 0,
		faults: {
			ok: 0,
			'drop-request': 0,
			'drop-response': 0,
			'server-error': 0,
			'too-many': 0,
			duplicate: 0,
			delay: 0,
			'cut-response': 0,
			portal: 0
		}
	};
	const deliver = async (request: Request) => {
		log.serverCalls++;
		return server(request);
	};

	const faultyFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
		log.calls++;
		const request = new Request(input, init);
		const fault = schedule.shift() ?? { kind: 'ok' };
		log.faults[fault.kind]++;
		switch (fault.kind) {
			case 'ok':
				return deliver(request);
			case 'drop-request':
				throw new TypeError('network error (request dropped)');
			case 'drop-response':
				await deliver(request);
				throw new TypeError('network error (response dropped after the server committed)');
			case 'server-error':
				return new Response('{"resourceType":"OperationOutcome","issue":[]}', {
					status: fault.status
				});
			case 'too-many':
				return new Response('{"resourceType":"OperationOutcome","issue":[]}', {
					status: 429,
					headers: { 'retry-after': String(fault.retryAfterSeconds) }
				});
			case 'duplicate': {
				await deliver(request.clone());
				return deliver(request);
			}
			case 'delay':
				await new Promise((done) => setTimeout(done, fault.ms));
				return deliver(request);
			case 'cut-response': {
				const response = await deliver(request);
				const text = await response.text();
				return new Response(text.slice(0, Math.floor(text.length / 2)), {
					status: response.status,
					headers: response.headers
				});
			}
			case 'portal':
				return new Response(PORTAL_PAGE, {
					status: fault.status,
					headers: { 'content-type': 'text/html' }
				});
		}
	};
	return { fetch: faultyFetch as typeof fetch, log };
}
