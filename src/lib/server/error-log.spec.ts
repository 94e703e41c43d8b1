import { describe, expect, it } from 'vitest';
import { describeErrorSafely, requestErrorLine } from './error-log';

describe('describeErrorSafely', () => {
	it('gives the type, code and stack frames but not the message', () => {
		const error = Object.assign(new Error('UNIQUE failed: value NHS 943 476 5919'), {
			code: 'SQLITE_CONSTRAINT_UNIQUE'
		});
		const line = describeErrorSafely(error);
		expect(line).toMatch(/^Error \(SQLITE_CONSTRAINT_UNIQUE\)\n {4}at /);
		expect(line).not.toContain('943');
	});

	it('names the error class', () => {
		expect(describeErrorSafely(new TypeError('secret'))).toMatch(/^TypeError/);
		expect(describeErrorSafely(new TypeError('secret'))).not.toContain('secret');
	});

	it('copes with values that are not errors, without printing them', () => {
		expect(describeErrorSafely('Jo Bloggs')).toBe('non-Error value thrown (string)');
		expect(describeErrorSafely({ name: 'Jo' })).toBe('non-Error value thrown (object)');
	});
});

describe('requestErrorLine', () => {
	it('names the status, method and route', () => {
		expect(requestErrorLine(500, 'POST', '/fhir', new RangeError('x'))).toMatch(
			/^\[500\] POST \/fhir: RangeError/
		);
		expect(requestErrorLine(500, 'GET', null, 'x')).toBe(
			'[500] GET (no route): non-Error value thrown (string)'
		);
	});

	it('keeps the message only when asked (dev server, build)', () => {
		const error = new SyntaxError('The module does not provide an export named x');
		expect(requestErrorLine(500, 'GET', '/', error, true)).toMatch(
			/^\[500\] GET \/: SyntaxError: The module does not provide an export named x\n/
		);
		expect(requestErrorLine(500, 'GET', '/', error)).not.toContain('export named');
	});
});
