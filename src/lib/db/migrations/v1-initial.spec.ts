import { afterEach, describe, expect, it } from 'vitest';
import { AppDb } from '../app-db';
import { freshIndexedDb } from '../test-deps';
import { v1Initial } from './v1-initial';

describe('v1-initial', () => {
	let db: AppDb | undefined;
	afterEach(() => db?.close());

	it('creates a meta table keyed by a unique key', async () => {
		db = new AppDb('v1-test', [v1Initial], freshIndexedDb());
		await db.open();
		expect(db.verno).toBe(1);
		expect(db.tables.map((table) => table.name)).toEqual(['meta']);
		expect(db.meta.schema.primKey.keyPath).toBe('key');
		expect(db.meta.schema.primKey.auto).toBe(false);

		await db.meta.put({ key: 'a', value: 1 });
		await db.meta.put({ key: 'a', value: 2 });
		expect(await db.meta.toArray()).toEqual([{ key: 'a', value: 2 }]);
		await expect(db.meta.add({ key: 'a', value: 3 })).rejects.toMatchObject({
			name: 'ConstraintError'
		});
	});
});
