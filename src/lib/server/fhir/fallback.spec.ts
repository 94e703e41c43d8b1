import { describe, expect, it } from 'vitest';
import { asFhirError, isFhirPath } from './fallback';
import { fhirJson, notFound, outcomeResponse } from './outcome';

describe('isFhirPath', () => {
	it.each([
		['/fhir', true],
		['/fhir/', true],
		['/fhir/metadata', true],
		['/fhir/Patient/1', true],
		['/fhirish', false],
		['/', false],
		['/healthz', false],
		['/staff/fhir', false]
	])('%s → %s', (path, expected) => {
		expect(isFhirPath(path)).toBe(expected);
	});
});

describe('asFhirError', () => {
	it('turns an HTML error page into an OperationOutcome with the same status', async () => {
		const html = new Response('<!doctype html><h1>Internal Error</h1>', {
			status: 500,
			headers: { 'content-type': 'text/html' }
		});
		const response = asFhirError(html);
		expect(response.status).toBe(500);
		expect(response.headers.get('content-type')).toBe('application/fhir+json; charset=utf-8');
		expect(await response.json()).toMatchObject({
			resourceType: 'OperationOutcome',
			issue: [{ code: 'exception' }]
		});
	});

	it('turns SvelteKit’s { message } JSON into an OperationOutcome', async () => {
		const response = asFhirError(Response.json({ message: 'Not Found' }, { status: 404 }));
		expect(await response.json()).toEqual(notFound().outcome);
	});

	it('leaves FHIR errors and successes alone', () => {
		const outcome = outcomeResponse(notFound('No such CarePlan.'));
		expect(asFhirError(outcome)).toBe(outcome);
		const ok = fhirJson({ resourceType: 'Bundle' });
		expect(asFhirError(ok)).toBe(ok);
		const redirect = new Response(null, { status: 308, headers: { location: '/fhir/metadata' } });
		expect(asFhirError(redirect)).toBe(redirect);
	});
});
