import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteAllLocalData, getDb } from '$lib/db/db';
import { createMetaRepo } from '$lib/db/meta-repo';
import { recordSyncState, stopEngine } from '$lib/sync/engine';
import { FakeFhirService, PATIENT_ID, testEnrolment } from '$lib/sync/test-support';
import type { FlareDraft } from './log';
import { CarerCannotLogError, FlareLockedError, saveFlareFromForm } from './save';
import { saveShareWithCarer } from './share-setting';

/** Waits for async effects, generously: CI machines can be slow, the code is not. */
const settle = <T>(check: () => T | Promise<T>) => vi.waitFor(check, { timeout: 5000 });

const now = new Date('2026-04-10T12:00:00Z');
const going: FlareDraft = {
	startedAt: '2026-04-09T08:00:00.000Z',
	endedAt: null,
	severity: 7,
	triggers: ['Cold weather'],
	whatIDid: 'Rested',
	whatHelped: '',
	send: true
};
const ended: FlareDraft = { ...going, endedAt: '2026-04-10T09:00:00.000Z' };
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

const stored = () => [...service.stored.values()].map((item) => item.resource);

describe('saveFlareFromForm', () => {
	it('keeps a self-guided flare on the device, even when "send" is ticked', async () => {
		const { entry, isQueued } = await saveFlareFromForm({ id: null, draft: ended, now });
		expect(isQueued).toBe(false);
		expect(await getDb().flareLogs.get(entry.id)).toEqual(entry);
		expect(await getDb().outbox.count()).toBe(0);
		expect(service.requests).toEqual([]);
	});

	it('keeps a linked patient’s flare on the device while it goes on, then sends it once ended, once', async () => {
		await getDb().enrolment.put(testEnrolment());
		const first = await saveFlareFromForm({ id: null, draft: going, now });
		expect(first.isQueued).toBe(false);
		expect(await recordSyncState(first.entry.id)).toEqual({ kind: 'local' });

		const second = await saveFlareFromForm({ id: first.entry.id, draft: ended, now });
		expect(second).toMatchObject({ isQueued: true, entry: { id: first.entry.id } });
		expect(second.entry.createdAt).toBe(first.entry.createdAt);
		await settle(async () => expect((await recordSyncState(first.entry.id)).kind).toBe('sent'));
		expect(stored()).toHaveLength(1);
		expect(stored()[0]).toMatchObject({
			resourceType: 'Observation',
			subject: { reference: `Patient/${PATIENT_ID}` },
			effectivePeriod: { start: ended.startedAt, end: ended.endedAt },
			valueInteger: 7
		});
		expect(stored()[0]?.meta).toBeUndefined(); // not shared: the setting is off by default

		await expect(
			saveFlareFromForm({ id: first.entry.id, draft: { ...ended, severity: 2 }, now })
		).rejects.toThrow(FlareLockedError);
		expect((await getDb().flareLogs.get(first.entry.id))?.severity).toBe(7);
	});

	it('keeps an ended flare on the device when the patient chose not to send it', async () => {
		await getDb().enrolment.put(testEnrolment());
		const { entry, isQueued } = await saveFlareFromForm({
			id: null,
			draft: { ...ended, send: false },
			now
		});
		expect(isQueued).toBe(false);
		expect(await getDb().outbox.count()).toBe(0);
		// It can still be changed, and sent later.
		const sent = await saveFlareFromForm({ id: entry.id, draft: ended, now });
		expect(sent.isQueued).toBe(true);
	});

	it('marks a flare sent while sharing is on as shared with the carer', async () => {
		await getDb().enrolment.put(testEnrolment());
		await saveShareWithCarer(createMetaRepo(getDb()), true);
		const { entry } = await saveFlareFromForm({ id: null, draft: ended, now });
		expect(entry.sharedWithCarer).toBe(true);
		await settle(() => expect(service.stored.size).toBe(1));
		expect(stored()[0]?.meta).toEqual({
			tag: [expect.objectContaining({ system: 'urn:tend:sharing', code: 'shared-with-carer' })]
		});
	});

	it('refuses to write on a carer’s device', async () => {
		await getDb().enrolment.put(testEnrolment({ role: 'carer', carer: { name: 'Alex Jones' } }));
		await expect(saveFlareFromForm({ id: null, draft: ended, now })).rejects.toThrow(
			CarerCannotLogError
		);
		expect(await getDb().flareLogs.count()).toBe(0);
	});
});
