import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addTestPatient, openTempStore } from '../patients/testing';
import type { Patient } from '../patients/patients';
import type { Db } from '../store/open-store';
import {
	findByIdentifier,
	findResources,
	getResource,
	insertResource,
	updateResource
} from './resource-repo';

const t0 = new Date('2025-03-01T09:00:00Z');
const identifier = { system: 'urn:ietf:rfc:3986', value: 'urn:uuid:1' };
let db: Db;
let cleanup: () => void;
let patient: Patient;

beforeEach(() => {
	({ db, cleanup } = openTempStore());
	patient = addTestPatient(db);
});
afterEach(() => cleanup());

const task = (extra: Record<string, unknown> = {}) => ({
	resourceType: 'Task',
	status: 'requested',
	intent: 'order',
	...extra
});

describe('insertResource', () => {
	it('sets id and meta, keeping a device’s profile but not its version', () => {
		const stored = insertResource(db, {
			resource: task({ id: 'mine', meta: { versionId: '9', profile: ['https://x/p'] } }),
			patientId: patient.id,
			identifier,
			now: t0
		});
		expect(stored.resource).toEqual({
			resourceType: 'Task',
			id: stored.id,
			meta: { profile: ['https://x/p'], versionId: '1', lastUpdated: '2025-03-01T09:00:00.000Z' },
			status: 'requested',
			intent: 'order'
		});
		expect(getResource(db, 'Task', stored.id)).toEqual(stored);
		expect(findByIdentifier(db, 'Task', identifier)).toEqual(stored);
	});

	it('keeps (type, identifier) unique, but not across types, and not for resources without one', () => {
		insertResource(db, { resource: task(), patientId: patient.id, identifier, now: t0 });
		expect(() =>
			insertResource(db, { resource: task(), patientId: patient.id, identifier, now: t0 })
		).toThrow(/UNIQUE/);
		insertResource(db, {
			resource: { resourceType: 'Observation' },
			patientId: patient.id,
			identifier,
			now: t0
		});
		insertResource(db, { resource: task(), patientId: patient.id, now: t0 });
		insertResource(db, { resource: task(), patientId: patient.id, now: t0 });
		expect(findResources(db, { type: 'Task', patientId: patient.id })).toHaveLength(3);
	});

	it('refuses a patient that does not exist', () => {
		expect(() => insertResource(db, { resource: task(), patientId: 'nobody', now: t0 })).toThrow(
			/FOREIGN KEY/
		);
	});
});

describe('updateResource', () => {
	it('writes a new version and keeps the old one in history', () => {
		const first = insertResource(db, { resource: task(), patientId: patient.id, now: t0 });
		const later = new Date('2025-03-02T09:00:00Z');
		const second = updateResource(db, {
			type: 'Task',
			id: first.id,
			resource: task({ status: 'accepted' }),
			now: later
		});
		expect(second).toMatchObject({ versionId: 2, lastUpdated: later.toISOString() });
		expect(second?.resource).toMatchObject({
			id: first.id,
			status: 'accepted',
			meta: { versionId: '2' }
		});
		expect(db.prepare('SELECT id, version_id, body FROM fhir_resource_history').all()).toEqual([
			{ id: first.id, version_id: 1, body: JSON.stringify(first.resource) }
		]);
		expect(
			updateResource(db, { type: 'Task', id: 'nope', resource: task(), now: later })
		).toBeNull();
	});
});

describe('findResources', () => {
	it('filters by _lastUpdated conditions and identifier, oldest first', () => {
		const times = ['2025-03-01T09:00:00Z', '2025-03-02T09:00:00Z', '2025-03-03T09:00:00Z'];
		const ids = times.map(
			(time, i) =>
				insertResource(db, {
					resource: task(),
					patientId: patient.id,
					identifier: { system: 's', value: String(i) },
					now: new Date(time)
				}).id
		);
		const found = (query: Parameters<typeof findResources>[1]) =>
			findResources(db, query).map((r) => r.id);
		expect(found({ type: 'Task', patientId: patient.id })).toEqual(ids);
		expect(
			found({
				type: 'Task',
				patientId: patient.id,
				lastUpdated: [
					{ comparator: 'gt', instant: '2025-03-01T09:00:00.000Z' },
					{ comparator: 'le', instant: '2025-03-03T09:00:00.000Z' }
				]
			})
		).toEqual(ids.slice(1));
		expect(
			found({ type: 'Task', patientId: patient.id, identifier: { system: null, value: '2' } })
		).toEqual([ids[2]]);
		expect(found({ type: 'Task', patientId: 'other' })).toEqual([]);
	});
});
