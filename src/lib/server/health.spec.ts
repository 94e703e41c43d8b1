import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkHealth } from './health';
import { openStore, type Db } from './store/open-store';

let dir: string;
let db: Db;

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'tend-health-'));
	db = openStore(dir);
});

afterEach(() => {
	if (db.open) db.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('checkHealth', () => {
	it('is ok when the database answers', () => {
		expect(checkHealth(() => db, '1.2.3')).toEqual({
			httpStatus: 200,
			body: { status: 'ok', version: '1.2.3', db: 'ok' }
		});
	});

	it('is unavailable when the database is closed', () => {
		db.close();
		expect(checkHealth(() => db, '1.2.3')).toEqual({
			httpStatus: 503,
			body: { status: 'unavailable', version: '1.2.3', db: 'unavailable' }
		});
	});

	it('is unavailable when the database cannot be opened at all', () => {
		const result = checkHealth(() => {
			throw new Error('cannot open');
		}, '1.2.3');
		expect(result.httpStatus).toBe(503);
		expect(result.body.status).toBe('unavailable');
	});
});
