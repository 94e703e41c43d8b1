// Three ways of sending transaction Bundles to the service for the ingest benchmark:
// one at a time, from many connections at once (autocannon), and evenly paced.
// Each request uses the next device token in turn, so that no device reaches its limit.
import autocannon from 'autocannon';
import { createdIn, percentile } from './ingest-bundles.js';

/**
 * What a phase did: resources created (201), how long it took, the 95th percentile of
 * request latency, requests answered and requests refused (not 200, or no answer).
 * @typedef {{ resources: number, seconds: number, p95Ms: number, requests: number, refused: number }} Phase
 */

/**
 * @param {string} token
 */
const headers = (token) => ({
	'content-type': 'application/fhir+json',
	authorization: `Bearer ${token}`
});

/**
 * Sends each Bundle and waits for its answer before the next.
 * @param {string} url - the FHIR base
 * @param {string[]} bodies
 * @param {string[]} tokens
 * @returns {Promise<Phase>}
 */
export async function sequential(url, bodies, tokens) {
	/** @type {number[]} */
	const latencies = [];
	let resources = 0;
	let refused = 0;
	const started = performance.now();
	for (const [index, body] of bodies.entries()) {
		const sent = performance.now();
		const token = tokens[index % tokens.length] ?? '';
		const response = await fetch(url, { method: 'POST', headers: headers(token), body });
		const text = await response.text();
		latencies.push(performance.now() - sent);
		if (response.status === 200) resources += createdIn(text);
		else refused++;
	}
	const seconds = (performance.now() - started) / 1000;
	return { resources, seconds, p95Ms: percentile(latencies, 95), requests: bodies.length, refused };
}

/**
 * Sends every Bundle from `connections` connections at once (autocannon), optionally
 * limited to `overallRate` requests a second — which autocannon sends in a burst at the
 * start of each second.
 * @param {string} url - the FHIR base
 * @param {string[]} bodies
 * @param {string[]} tokens
 * @param {{ connections: number, overallRate?: number }} options
 * @returns {Promise<Phase>}
 */
export function concurrent(url, bodies, tokens, { connections, overallRate }) {
	let next = 0;
	let resources = 0;
	let refused = 0;
	/** @type {number[]} */
	const latencies = [];
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const instance = autocannon(
			{
				url,
				connections,
				amount: bodies.length,
				...(overallRate ? { overallRate } : {}),
				requests: [
					{
						method: 'POST',
						setupRequest: (request) => {
							const index = next++;
							return {
								...request,
								body: bodies[index % bodies.length],
								headers: headers(tokens[index % tokens.length] ?? '')
							};
						},
						onResponse: (status, body) => {
							if (status === 200) resources += createdIn(body);
							else refused++;
						}
					}
				]
			},
			(error, result) => {
				if (error) return reject(error);
				const seconds = (performance.now() - started) / 1000;
				refused += result.errors + result.timeouts;
				const p95Ms = percentile(latencies, 95);
				resolve({ resources, seconds, p95Ms, requests: latencies.length, refused });
			}
		);
		instance.on('response', (_client, _status, _bytes, responseTime) =>
			latencies.push(responseTime)
		);
	});
}

/**
 * Starts one request every 1/rate seconds, whether or not earlier ones have been answered
 * (an open loop, as phones send), and times each from when it was due, so a late start
 * counts against the service too.
 * @param {string} url - the FHIR base
 * @param {string[]} bodies
 * @param {string[]} tokens
 * @param {number} rate - requests a second
 * @returns {Promise<Phase>}
 */
export async function evenlyPaced(url, bodies, tokens, rate) {
	/** @type {number[]} */
	const latencies = [];
	let resources = 0;
	let refused = 0;
	const started = performance.now();
	await Promise.all(
		bodies.map(async (body, index) => {
			const due = started + (index * 1000) / rate;
			await new Promise((done) => setTimeout(done, Math.max(0, due - performance.now())));
			try {
				const token = tokens[index % tokens.length] ?? '';
				const response = await fetch(url, { method: 'POST', headers: headers(token), body });
				const text = await response.text();
				if (response.status === 200) resources += createdIn(text);
				else refused++;
			} catch {
				refused++;
			}
			latencies.push(performance.now() - due);
		})
	);
	const seconds = (performance.now() - started) / 1000;
	return { resources, seconds, p95Ms: percentile(latencies, 95), requests: bodies.length, refused };
}
