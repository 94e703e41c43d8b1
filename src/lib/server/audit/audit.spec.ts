import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempStore } from '../patients/testing';
import type { Db } from '../store/open-store';
import { actorFromBy, ADMIN_CLI, listAuditEvents, recordAudit, SELF } from './audit';

let db: Db;
let cleanup: () => void;
beforeEach(() => {
	({ db, cleanup } = openTempStore());
});
afterEach(() => cleanup());

describe('actorFromBy', () => {
	it.each([
		[ADMIN_CLI, null, { type: 'admin', id: null }],
		[SELF, 'd1', { type: 'device', id: 'd1' }],
		['staff-1', null, { type: 'staff', id: 'staff-1' }]
	] as const)('%s → %j', (by, deviceId, actor) => {
		expect(actorFromBy(by, deviceId)).toEqual(actor);
	});
});

describe('recordAudit and listAuditEvents', () => {
	it('records and filters events, newest first', () => {
		const at = new Date('2025-03-01T09:00:00Z');
		recordAudit(db, {
			at,
			actor: { type: 'device', id: 'd1' },
			action: 'fhir.read',
			resourceType: 'Observation',
			resourceId: 'o1'
		});
		recordAudit(db, {
			at,
			actor: { type: 'device', id: 'd2' },
			action: 'fhir.search',
			resourceType: 'Task',
			detail: { count: 0, ids: [] }
		});
		expect(listAuditEvents(db)).toMatchObject([
			{ actorId: 'd2', action: 'fhir.search', detail: { count: 0, ids: [] }, resourceId: null },
			{
				actorId: 'd1',
				action: 'fhir.read',
				resourceId: 'o1',
				detail: null,
				at: '2025-03-01T09:00:00.000Z'
			}
		]);
		expect(listAuditEvents(db, { actorId: 'd1' })).toHaveLength(1);
		expect(listAuditEvents(db, { resourceType: 'Task', action: 'fhir.search' })).toHaveLength(1);
		expect(listAuditEvents(db, { limit: 1 })).toHaveLength(1);
	});
});
