import { afterEach, describe, expect, it } from 'vitest';
import { AppDb } from '../app-db';
import { freshIndexedDb } from '../test-deps';
import { v1Initial } from './v1-initial';
import { v2Sync } from './v2-sync';
import { v3CarePlanFlare } from './v3-care-plan-flare';

describe('v3-care-plan-flare', () => {
	const open: AppDb[] = [];
	afterEach(() => open.splice(0).forEach((db) => db.close()));

	it('keeps version 2 data and adds the own care plan and the flare log', async () => {
		const deps = freshIndexedDb();
		const v2 = new AppDb('v3-upgrade', [v1Initial, v2Sync], deps);
		open.push(v2);
		await v2.checkins.put({
			id: 'c1',
			score: 4,
			recordedAt: '2026-11-01T09:00:00.000Z'
		} as never);
		v2.close();

		const v3 = new AppDb('v3-upgrade', [v1Initial, v2Sync, v3CarePlanFlare], deps);
		open.push(v3);
		await v3.open();
		expect(v3.verno).toBe(3);
		expect(await v3.checkins.count()).toBe(1);
		expect(v3.tables.map((table) => table.name)).toEqual(
			expect.arrayContaining(['ownCarePlan', 'flareLogs'])
		);
		expect(v3.flareLogs.schema.idxByName.startedAt).toBeDefined();
	});
});
