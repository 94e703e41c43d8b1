import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteAllLocalData, getDb } from '$lib/db/db';
import { enqueue, sendNow, startEngine, stopEngine } from './engine';
import { syncStatus } from './status.svelte';
import { FakeFhirService, observationFor, testEnrolment } from './test-support';

/** Waits for async effects, generously: CI machines can be slow, the code is not. */
const settle = <T>(check: () => T | Promise<T>) => vi.waitFor(check, { timeout: 5000 });

let service: FakeFhirService;

beforeEach(async () => {
	service = new FakeFhirService();
	vi.stubGlobal('window', new EventTarget());
	vi.stubGlobal('navigator', { onLine: true });
	vi.stubGlobal('location', { origin: 'https://tend.example' });
	vi.stubGlobal('fetch', service.fetch);
	await getDb().enrolment.put(testEnrolment());
});

afterEach(async () => {
	stopEngine();
	await deleteAllLocalData();
	vi.unstubAllGlobals();
});

const record = (id: string) => ({ id, score: 2, recordedAt: '2026-03-29T00:30:00.000Z' });

describe('the sync engine in a page', () => {
	it('says offline, keeps the record waiting, and sends when the connection is back', async () => {
		service.faults = ['network-before'];
		await enqueue('checkins', record('r1'), () => observationFor('r1'));
		await settle(() =>
			expect(syncStatus).toMatchObject({ isReady: true, waiting: 1, isOffline: true })
		);
		expect(syncStatus.state).toBe('offline');

		// Back online: sent at once, without waiting out the backoff.
		window.dispatchEvent(new Event('online'));
		await settle(() => expect(syncStatus.waiting).toBe(0));
		expect(service.stored.size).toBe(1);
		expect(syncStatus.lastSentAt).not.toBeNull();
	});

	it('shows a device the service unlinked as a problem, and keeps its records', async () => {
		service.token = 'revoked';
		await enqueue('checkins', record('r1'), () => observationFor('r1'));
		await settle(() => expect(syncStatus.mode).toBe('unlinked-by-service'));
		expect(syncStatus.state).toBe('problem');
		expect(syncStatus.waiting).toBe(1);
		expect(await getDb().checkins.count()).toBe(1);

		const requests = service.requests.length;
		await sendNow();
		expect(service.requests.length).toBe(requests); // nothing more is sent
	});

	it('counts a refused record as a problem', async () => {
		service.refuse.add('bad');
		startEngine();
		await enqueue('checkins', record('bad'), () => observationFor('bad'));
		await settle(() => expect(syncStatus.quarantined).toBe(1));
		expect(syncStatus.state).toBe('problem');
	});
});
