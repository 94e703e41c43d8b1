import { afterEach, describe, expect, it } from 'vitest';
import { AppDb } from '../app-db';
import { freshIndexedDb } from '../test-deps';
import { v1Initial } from './v1-initial';
import { v2Sync } from './v2-sync';
import { v3CarePlanFlare } from './v3-care-plan-flare';
import { v4Questionnaires } from './v4-questionnaires';

describe('v4-questionnaires', () => {
	const open: AppDb[] = [];
	afterEach(() => open.splice(0).forEach((db) => db.close()));

	it('keeps version 3 data and adds questionnaire responses', async () => {
		const deps = freshIndexedDb();
		const v3 = new AppDb('v4-upgrade', [v1Initial, v2Sync, v3CarePlanFlare], deps);
		open.push(v3);
		await v3.flareLogs.put({ id: 'f1', startedAt: '2026-11-01T09:00:00.000Z' } as never);
		v3.close();

		const v4 = new AppDb(
			'v4-upgrade',
			[v1Initial, v2Sync, v3CarePlanFlare, v4Questionnaires],
			deps
		);
		open.push(v4);
		await v4.open();
		expect(v4.verno).toBe(4);
		expect(await v4.flareLogs.count()).toBe(1);
		expect(v4.promResponses.schema.idxByName.status).toBeDefined();
		expect(v4.promResponses.schema.idxByName.updatedAt).toBeDefined();
	});
});
