import { describe, expect, it } from 'vitest';
import { classify, classifyStatus, isOperationOutcome, outcomeReason } from './classify';

describe('classifyStatus', () => {
	it.each([
		[200, 'sent'],
		[201, 'sent'],
		[204, 'sent'],
		[299, 'sent'],
		[401, 'revoked'],
		[408, 'retry'],
		[429, 'retry'],
		[500, 'retry'],
		[502, 'retry'],
		[503, 'retry'],
		[504, 'retry'],
		[599, 'retry'],
		[400, 'quarantine'],
		[403, 'quarantine'],
		[404, 'quarantine'],
		[409, 'quarantine'],
		[412, 'quarantine'],
		[413, 'quarantine'],
		[415, 'quarantine'],
		[422, 'quarantine'],
		[100, 'retry'],
		[302, 'retry'],
		[304, 'retry'],
		[0, 'retry']
	])('%d → %s', (status, disposition) => {
		expect(classifyStatus(status)).toBe(disposition);
	});
});

describe('classify', () => {
	it('retries when there was no response at all', () => {
		expect(classify({ kind: 'network-error', message: 'Failed to fetch' })).toBe('retry');
	});

	it('classifies a response by its status', () => {
		expect(classify({ kind: 'response', status: 422 })).toBe('quarantine');
	});
});

describe('outcomeReason', () => {
	const outcome = (issue: object[]) => ({ resourceType: 'OperationOutcome', issue });

	it.each([
		[
			'diagnostics first',
			outcome([{ diagnostics: 'valueInteger must be 0 to 10', details: { text: 'x' } }]),
			'valueInteger must be 0 to 10'
		],
		[
			'then details text',
			outcome([{ details: { text: 'Subject is not your patient' } }]),
			'Subject is not your patient'
		],
		[
			'then the coding display',
			outcome([{ details: { coding: [{ code: 'x', display: 'Bad thing' }] } }]),
			'Bad thing'
		],
		[
			'then the coding code',
			outcome([{ details: { coding: [{ code: 'code-used' }] } }]),
			'code-used'
		],
		['then the issue code', outcome([{ code: 'invalid' }]), 'invalid'],
		['skipping issues that say nothing', outcome([{}, { diagnostics: 'second' }]), 'second'],
		['none for an empty outcome', outcome([]), undefined],
		['none for HTML from a proxy', '<html>Bad gateway</html>', undefined],
		['none for another resource', { resourceType: 'Bundle' }, undefined]
	])('%s', (_, body, reason) => {
		expect(outcomeReason(body)).toBe(reason);
	});

	it('recognises an OperationOutcome', () => {
		expect(isOperationOutcome(outcome([]))).toBe(true);
		expect(isOperationOutcome({ resourceType: 'OperationOutcome' })).toBe(false);
		expect(isOperationOutcome(null)).toBe(false);
	});
});
