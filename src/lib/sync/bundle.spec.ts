import { describe, expect, it } from 'vitest';
import {
	blamedEntries,
	buildTransaction,
	chunk,
	hasRecordIdentifier,
	IDENTIFIER_SYSTEM,
	idFromLocation,
	identifierValue,
	ifNoneExistFor,
	MAX_BUNDLE_ENTRIES,
	readTransactionReply
} from './bundle';

const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';
const ids = ['a', 'b', 'c'];

function entry(id: string) {
	return {
		id,
		resourceType: 'Observation',
		resource: {
			resourceType: 'Observation',
			identifier: [{ system: 'urn:ietf:rfc:3986', value: `urn:uuid:${id}` }]
		}
	};
}

const outcome = (...issue: object[]) => ({ resourceType: 'OperationOutcome', issue });
const transactionResponse = (...statuses: string[]) => ({
	resourceType: 'Bundle',
	type: 'transaction-response',
	entry: statuses.map((status, index) => ({
		response: { status, location: `Observation/srv-${index}/_history/1` }
	}))
});

describe('chunk', () => {
	it.each([
		[0, []],
		[1, [1]],
		[50, [50]],
		[51, [50, 1]],
		[120, [50, 50, 20]]
	])('splits %d entries into Bundles of %j', (count, sizes) => {
		const items = Array.from({ length: count }, (_, index) => index);
		const groups = chunk(items);
		expect(groups.map((group) => group.length)).toEqual(sizes);
		expect(groups.flat()).toEqual(items);
	});
});

describe('buildTransaction', () => {
	it('makes one conditional create per entry, in order', () => {
		const bundle = buildTransaction([entry(ID), entry('second')]);
		expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'transaction' });
		expect(bundle.entry[0]?.fullUrl).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
		expect(bundle.entry[0]?.fullUrl).not.toBe(`urn:uuid:${ID}`);
		expect(bundle.entry[0]).toEqual({
			fullUrl: bundle.entry[0]?.fullUrl,
			resource: entry(ID).resource,
			request: {
				method: 'POST',
				url: 'Observation',
				ifNoneExist: `identifier=urn:ietf:rfc:3986|urn:uuid:${ID}`
			}
		});
		expect(bundle.entry[1]?.request.ifNoneExist).toBe(ifNoneExistFor('second'));
	});

	it('refuses an empty Bundle and one over the limit', () => {
		expect(() => buildTransaction([])).toThrow(RangeError);
		const many = Array.from({ length: MAX_BUNDLE_ENTRIES + 1 }, (_, index) => entry(String(index)));
		expect(() => buildTransaction(many)).toThrow(RangeError);
		expect(buildTransaction(many.slice(0, MAX_BUNDLE_ENTRIES)).entry).toHaveLength(50);
	});

	it('knows whether a resource carries its record identifier', () => {
		expect(hasRecordIdentifier(entry(ID).resource, ID)).toBe(true);
		expect(hasRecordIdentifier(entry(ID).resource, 'other')).toBe(false);
		expect(hasRecordIdentifier({ resourceType: 'Observation' }, ID)).toBe(false);
	});

	it('finds the identifier of a resource that holds only one (QuestionnaireResponse)', () => {
		const identifier = { system: IDENTIFIER_SYSTEM, value: identifierValue(ID) };
		expect(hasRecordIdentifier({ resourceType: 'QuestionnaireResponse', identifier }, ID)).toBe(
			true
		);
		expect(
			hasRecordIdentifier({ resourceType: 'QuestionnaireResponse', identifier }, 'other')
		).toBe(false);
	});
});

describe('readTransactionReply', () => {
	it('retries everything after a network error', () => {
		expect(
			readTransactionReply(ids, { kind: 'network-error', message: 'Failed to fetch' })
		).toEqual({
			kind: 'retry',
			failure: { status: null, message: 'Failed to fetch' }
		});
	});

	it('marks every entry sent on a transaction-response of 201s and 200s (replays)', () => {
		const verdict = readTransactionReply(ids, {
			kind: 'response',
			status: 200,
			body: transactionResponse('201 Created', '200 OK', '201')
		});
		expect(verdict).toEqual({
			kind: 'entries',
			entries: [
				{ id: 'a', disposition: 'sent', serverId: 'srv-0' },
				{ id: 'b', disposition: 'sent', serverId: 'srv-1' },
				{ id: 'c', disposition: 'sent', serverId: 'srv-2' }
			]
		});
	});

	it.each([
		['a body that is not a Bundle', { resourceType: 'OperationOutcome', issue: [] }],
		['HTML from a captive portal', '<html>Sign in to Wi-Fi</html>'],
		['too few answers', transactionResponse('201 Created')],
		['a searchset', { resourceType: 'Bundle', type: 'searchset', entry: [] }],
		['nothing', undefined]
	])('retries a 2xx with %s: nothing can be known', (_, body) => {
		expect(readTransactionReply(ids, { kind: 'response', status: 200, body })).toMatchObject({
			kind: 'retry'
		});
	});

	it('reads each entry of a response that answers entries differently', () => {
		const body = transactionResponse('201 Created', '422 Unprocessable Entity', '503');
		(body.entry[1]!.response as Record<string, unknown>).outcome = outcome({
			diagnostics: 'score out of range'
		});
		const verdict = readTransactionReply(ids, { kind: 'response', status: 200, body });
		expect(verdict).toEqual({
			kind: 'entries',
			entries: [
				{ id: 'a', disposition: 'sent', serverId: 'srv-0' },
				{
					id: 'b',
					disposition: 'quarantine',
					failure: { status: 422, message: 'score out of range' }
				},
				{ id: 'c', disposition: 'retry', failure: { status: 503, message: '' } }
			]
		});
	});

	it('flags a revoked device on 401', () => {
		const body = outcome({ diagnostics: 'token revoked' });
		expect(readTransactionReply(ids, { kind: 'response', status: 401, body })).toEqual({
			kind: 'revoked',
			failure: { status: 401, message: 'token revoked' }
		});
	});

	it.each([408, 429, 500, 502, 503])('retries everything on %d, keeping Retry-After', (status) => {
		expect(
			readTransactionReply(ids, { kind: 'response', status, body: undefined, retryAfterMs: 30_000 })
		).toEqual({ kind: 'retry', failure: { status, message: '' }, retryAfterMs: 30_000 });
	});

	it('quarantines only the entry a 400 points at, and sends the rest again', () => {
		const body = outcome({
			severity: 'error',
			code: 'invalid',
			diagnostics: 'valueInteger must be between 0 and 10',
			expression: ['Bundle.entry[1].resource.valueInteger']
		});
		expect(readTransactionReply(ids, { kind: 'response', status: 400, body })).toEqual({
			kind: 'entries',
			entries: [
				{ id: 'a', disposition: 'resend' },
				{
					id: 'b',
					disposition: 'quarantine',
					failure: { status: 400, message: 'valueInteger must be between 0 and 10' }
				},
				{ id: 'c', disposition: 'resend' }
			]
		});
	});

	it('reads pointers in the older location field and without the Bundle prefix', () => {
		const body = outcome(
			{ severity: 'error', location: ['entry[2].resource'], details: { text: 'bad subject' } },
			{ severity: 'fatal', expression: ['Bundle.entry[0]'] }
		);
		const verdict = readTransactionReply(ids, { kind: 'response', status: 422, body });
		expect(verdict).toEqual({
			kind: 'entries',
			entries: [
				{ id: 'a', disposition: 'quarantine', failure: { status: 422, message: 'bad subject' } },
				{ id: 'b', disposition: 'resend' },
				{ id: 'c', disposition: 'quarantine', failure: { status: 422, message: 'bad subject' } }
			]
		});
	});

	it('splits a Bundle refused as a whole without saying which entry', () => {
		const body = outcome({ severity: 'error', diagnostics: 'invalid resource' });
		expect(readTransactionReply(ids, { kind: 'response', status: 400, body })).toEqual({
			kind: 'split',
			failure: { status: 400, message: 'invalid resource' }
		});
	});

	it('ignores pointers past the end and pointers on warnings', () => {
		const body = outcome(
			{ severity: 'error', expression: ['Bundle.entry[7]'] },
			{ severity: 'warning', expression: ['Bundle.entry[0]'] }
		);
		expect(readTransactionReply(ids, { kind: 'response', status: 400, body }).kind).toBe('split');
	});

	it('quarantines a single entry refused as a whole', () => {
		const body = outcome({ severity: 'error', diagnostics: 'subject is not your patient' });
		expect(readTransactionReply(['a'], { kind: 'response', status: 403, body })).toEqual({
			kind: 'entries',
			entries: [
				{
					id: 'a',
					disposition: 'quarantine',
					failure: { status: 403, message: 'subject is not your patient' }
				}
			]
		});
	});

	it.each([404, 405, 415])(
		'retries a %d that refuses the address or format, not a record',
		(status) => {
			const body = outcome({ severity: 'error', diagnostics: 'no such endpoint' });
			expect(readTransactionReply(['a'], { kind: 'response', status, body }).kind).toBe('retry');
		}
	);

	it('retries a 4xx that is not an OperationOutcome (a proxy, not the service)', () => {
		const verdict = readTransactionReply(['a'], {
			kind: 'response',
			status: 400,
			body: '<html>Bad request</html>'
		});
		expect(verdict.kind).toBe('retry');
	});
});

describe('blamedEntries', () => {
	it('keeps the first reason for an entry blamed twice', () => {
		const body = outcome(
			{ expression: ['Bundle.entry[0].resource.status'], diagnostics: 'first' },
			{ expression: ['Bundle.entry[0].resource.code'], diagnostics: 'second' }
		);
		expect([...blamedEntries(body, 1)]).toEqual([[0, 'first']]);
	});
});

describe('idFromLocation', () => {
	it.each([
		['Observation/123/_history/1', '123'],
		['Observation/abc-1', 'abc-1'],
		['https://tend.example/fhir/Observation/9f2/_history/3', '9f2'],
		['', undefined],
		[42, undefined],
		['not a location', undefined]
	])('%s → %s', (location, id) => {
		expect(idFromLocation(location)).toBe(id);
	});
});
