import { Fhir } from 'fhir';
import { describe, expect, it } from 'vitest';
import {
	allOk,
	badRequest,
	combineOutcomes,
	conflict,
	fhirJson,
	forbidden,
	methodNotAllowed,
	notFound,
	notImplemented,
	operationOutcome,
	outcomeForStatus,
	outcomeResponse,
	payloadTooLarge,
	preconditionFailed,
	serverError,
	serviceUnavailable,
	tooManyRequests,
	unauthorized,
	unprocessable,
	unsupportedMediaType,
	type FhirOutcome
} from './outcome';

function expectValid(resource: object): void {
	const result = new Fhir().validate(resource);
	const errors = result.messages.filter((m) => m.severity === 'error');
	expect(errors, JSON.stringify(result.messages, null, 2)).toEqual([]);
}

describe('operationOutcome', () => {
	it('builds one issue, with the expression as a list', () => {
		const outcome = operationOutcome(
			'error',
			'required',
			'status is missing',
			'Bundle.entry[0].resource.status'
		);
		expect(outcome).toEqual({
			resourceType: 'OperationOutcome',
			issue: [
				{
					severity: 'error',
					code: 'required',
					diagnostics: 'status is missing',
					expression: ['Bundle.entry[0].resource.status']
				}
			]
		});
		expectValid(outcome);
	});

	it('leaves out the expression when there is none', () => {
		expect(operationOutcome('warning', 'informational', 'note').issue[0]).not.toHaveProperty(
			'expression'
		);
	});
});

describe('helpers', () => {
	it.each<[string, FhirOutcome, number, string]>([
		['allOk', allOk(), 200, 'informational'],
		['badRequest', badRequest('Body is not JSON.', 'Bundle'), 400, 'invalid'],
		['unauthorized', unauthorized(), 401, 'login'],
		['forbidden', forbidden(), 403, 'forbidden'],
		['notFound', notFound(), 404, 'not-found'],
		['methodNotAllowed', methodNotAllowed('PATCH'), 405, 'not-supported'],
		['conflict', conflict('Changed meanwhile.'), 409, 'conflict'],
		['preconditionFailed', preconditionFailed('No match.', 'Bundle.entry[0]'), 412, 'processing'],
		['payloadTooLarge', payloadTooLarge(1_000_000), 413, 'too-costly'],
		['unsupportedMediaType', unsupportedMediaType(), 415, 'not-supported'],
		[
			'unprocessable',
			unprocessable('Unknown questionnaire.', 'QuestionnaireResponse.questionnaire'),
			422,
			'processing'
		],
		['tooManyRequests', tooManyRequests(), 429, 'throttled'],
		['serverError', serverError(), 500, 'exception'],
		['notImplemented', notImplemented('Transactions come later.'), 501, 'not-supported'],
		['serviceUnavailable', serviceUnavailable(), 503, 'transient']
	])('%s gives status %i with code %s, valid R4', (_name, result, status, code) => {
		expect(result.status).toBe(status);
		expect(result.outcome.issue[0]?.code).toBe(code);
		expectValid(result.outcome);
	});

	it.each([400, 401, 403, 404, 405, 409, 410, 412, 413, 415, 418, 429, 500, 502, 503, 504])(
		'outcomeForStatus(%i) keeps the status and is valid R4',
		(status) => {
			const result = outcomeForStatus(status);
			expect(result.status).toBe(status);
			expectValid(result.outcome);
		}
	);

	it('combineOutcomes keeps every issue and the first status', () => {
		const combined = combineOutcomes([
			forbidden('Not yours.'),
			badRequest('Bad.', 'Bundle.entry[2].resource.status')
		]);
		expect(combined.status).toBe(403);
		expect(combined.outcome.issue.map((issue) => issue.code)).toEqual(['forbidden', 'invalid']);
		expectValid(combined.outcome);
		expect(combineOutcomes([]).status).toBe(400);
	});

	it('outcomeForStatus turns a non-error status into a 500', () => {
		expect(outcomeForStatus(200).status).toBe(500);
	});
});

describe('responses', () => {
	it('fhirJson sends FHIR JSON, never cached', async () => {
		const response = fhirJson({ resourceType: 'Bundle' }, 201, { location: 'x' });
		expect(response.status).toBe(201);
		expect(response.headers.get('content-type')).toBe('application/fhir+json; charset=utf-8');
		expect(response.headers.get('cache-control')).toBe('no-store');
		expect(response.headers.get('location')).toBe('x');
		expect(await response.json()).toEqual({ resourceType: 'Bundle' });
	});

	it('outcomeResponse sends the outcome with its status', async () => {
		const response = outcomeResponse(notFound());
		expect(response.status).toBe(404);
		expect(await response.json()).toEqual(notFound().outcome);
	});

	it('a 401 names the Bearer scheme', () => {
		expect(outcomeResponse(unauthorized()).headers.get('www-authenticate')).toBe('Bearer');
		expect(outcomeResponse(notFound()).headers.has('www-authenticate')).toBe(false);
	});
});
