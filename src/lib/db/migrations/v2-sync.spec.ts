import { afterEach, describe, expect, it } from 'vitest';
import { AppDb } from '../app-db';
import { freshIndexedDb } from '../test-deps';
import { v1Initial } from './v1-initial';
import { v2Sync } from './v2-sync';

describe('v2-sync', () => {
	const open: AppDb[] = [];
	afterEach(() => open.splice(0).forEach((db) => db.close()));

	it('keeps version 1 data and adds the sync tables', async () => {
		const deps = freshIndexedDb();
		const v1 = new AppDb('v2-upgrade', [v1Initial], deps);
		open.push(v1);
		await v1.meta.bulkPut([
			{
				key: 'storage.persistence',
				value: { askedAt: '2026-01-01T00:00:00.000Z', outcome: 'granted' }
			},
			{ key: 'service.contact', value: { name: 'Community Pain Service' } }
		]);
		v1.close();

		const v2 = new AppDb('v2-upgrade', [v1Initial, v2Sync], deps);
		open.push(v2);
		await v2.open();
		expect(v2.verno).toBe(2);
		expect(await v2.meta.get('service.contact')).toEqual({
			key: 'service.contact',
			value: { name: 'Community Pain Service' }
		});
		expect(await v2.meta.count()).toBe(2);
		expect(v2.tables.map((table) => table.name).sort()).toEqual([
			'checkins',
			'enrolment',
			'meta',
			'outbox',
			'pulled',
			'syncState'
		]);
	});

	it('indexes the outbox for due, oldest unsent and last sent', async () => {
		const db = new AppDb('v2-indexes', [v1Initial, v2Sync], freshIndexedDb());
		open.push(db);
		await db.open();
		expect(db.outbox.schema.primKey.keyPath).toBe('id');
		expect(db.outbox.schema.indexes.map((index) => index.name).sort()).toEqual([
			'[state+createdAt]',
			'[state+nextAttemptAt]',
			'[state+sentAt]'
		]);
		expect(db.checkins.schema.indexes.map((index) => index.name)).toEqual(['recordedAt']);
		expect(db.pulled.schema.primKey.keyPath).toEqual(['resourceType', 'id']);
	});

	it('keys pulled resources by type and id, so a later pull replaces the earlier copy', async () => {
		const db = new AppDb('v2-pulled', [v1Initial, v2Sync], freshIndexedDb());
		open.push(db);
		const row = (version: string) => ({
			resourceType: 'CarePlan',
			id: 'cp1',
			resource: { resourceType: 'CarePlan', id: 'cp1', meta: { versionId: version } },
			pulledAt: '2026-01-01T00:00:00.000Z'
		});
		await db.pulled.put(row('1'));
		await db.pulled.put(row('2'));
		await db.pulled.put({ ...row('1'), resourceType: 'Task' });
		expect(await db.pulled.count()).toBe(2);
		expect((await db.pulled.get(['CarePlan', 'cp1']))?.resource.meta).toEqual({ versionId: '2' });
	});
});
