import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { STORAGE_MESSAGES } from './messages';
import { describeStorageError } from './storage-errors';

const quotaDom = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('describeStorageError', () => {
	it.each([
		['a QuotaExceededError DOMException', quotaDom()],
		['Dexie.QuotaExceededError', new Dexie.QuotaExceededError('Quota exceeded')],
		[
			'Firefox legacy quota name',
			Object.assign(new Error('full'), { name: 'NS_ERROR_DOM_QUOTA_REACHED' })
		],
		[
			'Dexie.AbortError wrapping a quota DOMException',
			new Dexie.AbortError('Transaction aborted', quotaDom())
		],
		[
			'AbortError DOMException with the quota error as cause',
			Object.assign(new DOMException('aborted', 'AbortError'), { cause: quotaDom() })
		],
		['Error with cause', new Error('save failed', { cause: new Dexie.QuotaExceededError('full') })],
		[
			'Dexie.BulkError whose failure is a quota error',
			new Dexie.BulkError('1 of 2 operations failed', { 1: quotaDom() })
		],
		[
			'Dexie.ModifyError whose failure is a quota error',
			new Dexie.ModifyError('modify failed', [quotaDom()], 0, [])
		],
		[
			'OpenFailedError wrapping an AbortError wrapping a quota error',
			new Dexie.OpenFailedError(new Dexie.AbortError('aborted', quotaDom()))
		]
	])('names a full disk: %s', (_, error) => {
		expect(describeStorageError(error)).toBe(STORAGE_MESSAGES.quotaExceeded);
	});

	it.each([
		[
			'DatabaseClosedError',
			new Dexie.DatabaseClosedError('closed'),
			STORAGE_MESSAGES.databaseClosed
		],
		['VersionError', new Dexie.VersionError('too old'), STORAGE_MESSAGES.versionTooOld],
		[
			'InvalidStateError DOMException (private window)',
			new DOMException('A mutation operation was attempted', 'InvalidStateError'),
			STORAGE_MESSAGES.unavailable
		],
		[
			'MissingAPIError',
			new Dexie.MissingAPIError('IndexedDB API missing'),
			STORAGE_MESSAGES.unavailable
		],
		[
			'OpenFailedError wrapping InvalidStateError',
			new Dexie.OpenFailedError(new DOMException('no', 'InvalidStateError')),
			STORAGE_MESSAGES.unavailable
		],
		['OpenFailedError on its own', new Dexie.OpenFailedError('failed'), STORAGE_MESSAGES.openFailed]
	])('explains %s', (_, error, key) => {
		expect(describeStorageError(error)).toBe(key);
	});

	it.each([
		['a plain Error', new Error('boom')],
		['a ConstraintError', new Dexie.ConstraintError('duplicate key')],
		['an AbortError with no inner error', new Dexie.AbortError('aborted')],
		['a DOMException with an unrelated name', new DOMException('no', 'NotFoundError')],
		['a string', 'QuotaExceededError'],
		['null', null],
		['undefined', undefined]
	])('returns null for %s', (_, error) => {
		expect(describeStorageError(error)).toBeNull();
	});

	it('does not loop on errors that wrap each other', () => {
		const a: { name: string; inner?: unknown } = { name: 'AbortError' };
		a.inner = { name: 'AbortError', inner: a };
		expect(describeStorageError(a)).toBeNull();
	});
});
