import { afterEach, describe, expect, it } from 'vitest';
import { AppDb } from './app-db';
import type { Migration } from './migrations/types';
import { v1Initial } from './migrations/v1-initial';
import { freshIndexedDb } from './test-deps';

interface Note {
	id: string;
	text: string;
}

// Test-only version 2: adds a table, moves one meta row into it and reshapes the rest.
const v2Test: Migration = {
	version: 2,
	stores: { notes: '&id' },
	async upgrade(tx) {
		const legacy = await tx.table('meta').get('legacy-note');
		if (legacy) {
			await tx.table('notes').add({ id: 'n1', text: String(legacy.value) });
			await tx.table('meta').delete('legacy-note');
		}
		await tx
			.table('meta')
			.toCollection()
			.modify((row: { value: unknown }) => {
				row.value = { v2: row.value };
			});
	}
};

describe('AppDb', () => {
	const open: AppDb[] = [];
	afterEach(() => open.splice(0).forEach((db) => db.close()));

	it('keeps data when a seeded version 1 database is upgraded to version 2', async () => {
		const deps = freshIndexedDb();
		const v1 = new AppDb('upgrade-test', [v1Initial], deps);
		open.push(v1);
		await v1.meta.bulkPut([
			{ key: 'persisted', value: true },
			{ key: 'legacy-note', value: 'hello' }
		]);
		v1.close();

		const v2 = new AppDb('upgrade-test', [v1Initial, v2Test], deps);
		open.push(v2);
		await v2.open();

		expect(v2.verno).toBe(2);
		expect(await v2.meta.toArray()).toEqual([{ key: 'persisted', value: { v2: true } }]);
		expect(await v2.table<Note>('notes').toArray()).toEqual([{ id: 'n1', text: 'hello' }]);
	});

	it('creates the newest schema directly on a fresh device without running upgrades', async () => {
		const db = new AppDb('fresh-test', [v1Initial, v2Test], freshIndexedDb());
		open.push(db);
		await db.open();
		expect(db.tables.map((table) => table.name).sort()).toEqual(['meta', 'notes']);
		expect(await db.meta.count()).toBe(0);
	});

	it('refuses migrations out of order', () => {
		expect(() => new AppDb('bad', [v2Test, v1Initial], freshIndexedDb())).toThrow(/version 1/);
	});
});
