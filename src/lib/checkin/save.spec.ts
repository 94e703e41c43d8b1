import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteAllLocalData, getDb } from '$lib/db/db';
import { recordSyncState, startEngine, stopEngine } from '$lib/sync/engine';
import { syncStatus } from '$lib/sync/status.svelte';
import { FakeFhirService, PATIENT_ID, testEnrolment } from '$lib/sync/test-support';
import { saveCheckin } from './save';

/** Waits for async effects, generously: CI machines can be slow, the code is not. */
const settle = <T>(check: () => T | Promise<T>) => vi.waitFor(check, { timeout: 5000 });

// The browser half end to end in node: a page saves a score, the engine pushes it.
const now = new Date('2026-03-29T00:30:00Z');
let service: FakeFhirService;

beforeEach(() => {
	service = new FakeFhirService();
	vi.stubGlobal('window', new EventTarget());
	vi.stubGlobal('navigator', { onLine: true, storage: { persist: vi.fn(async () => true) } });
	vi.stubGlobal('location', { origin: 'https://tend.example' });
	vi.stubGlobal('fetch', service.fetch);
});

afterEach(async () => {
	stopEngine();
	await deleteAllLocalData();
	vi.unstubAllGlobals();
});

describe('saveCheckin', () => {
	it('keeps a self-guided score on the device only', async () => {
		const checkin = await saveCheckin({ score: 6, now });
		expect(await getDb().checkins.get(checkin.id)).toEqual({
			id: checkin.id,
			score: 6,
			recordedAt: now.toISOString()
		});
		expect(await getDb().outbox.count()).toBe(0);
		expect(await recordSyncState(checkin.id)).toEqual({ kind: 'local' });
		expect(service.requests).toEqual([]);
	});

	it('sends a linked patient’s score to the service, once', async () => {
		await getDb().enrolment.put(testEnrolment());
		const checkin = await saveCheckin({ score: 3, now, note: ' after a walk ' });
		expect(checkin.recordedAs).toBe('patient');
		expect(checkin.note).toBe('after a walk');

		await settle(async () => expect((await recordSyncState(checkin.id)).kind).toBe('sent'));
		expect(service.stored.size).toBe(1);
		const [stored] = [...service.stored.values()];
		expect(stored?.resource).toMatchObject({
			resourceType: 'Observation',
			subject: { reference: `Patient/${PATIENT_ID}` },
			valueInteger: 3,
			effectiveDateTime: now.toISOString()
		});
		await settle(() =>
			expect(syncStatus).toMatchObject({ isReady: true, mode: 'linked', waiting: 0 })
		);
		expect(syncStatus.state).toBe('idle');
	});

	it('marks a carer’s score as theirs, and leaves the performer to the service', async () => {
		await getDb().enrolment.put(testEnrolment({ role: 'carer', carer: { name: 'Alex Jones' } }));
		startEngine();
		const checkin = await saveCheckin({ score: 8, now });
		expect(checkin.recordedAs).toBe('carer');
		await settle(() => expect(service.stored.size).toBe(1));
		expect([...service.stored.values()][0]?.resource.performer).toBeUndefined();
	});

	it('refuses something that is not a pain score, storing nothing', async () => {
		await expect(saveCheckin({ score: 11, now })).rejects.toThrow(RangeError);
		expect(await getDb().checkins.count()).toBe(0);
	});
});
