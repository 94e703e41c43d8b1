import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppDb } from './app-db';
import { createMetaRepo, type MetaRepo } from './meta-repo';
import { migrations } from './migrations';
import {
	getStorageStatus,
	PERSISTENCE_META_KEY,
	readPersistenceRecord,
	requestPersistence,
	type StorageManagerLike
} from './storage';
import { freshIndexedDb } from './test-deps';

const now = new Date('2025-03-30T01:30:00Z');

interface FakeOptions {
	persisted?: boolean;
	grant?: boolean;
	estimate?: StorageEstimate;
}

function fakeStorage(options: FakeOptions) {
	let persisted = options.persisted ?? false;
	return {
		persisted: vi.fn(async () => persisted),
		persist: vi.fn(async () => {
			persisted = options.grant ?? false;
			return persisted;
		}),
		estimate: vi.fn(async () => options.estimate ?? { usage: 1_000, quota: 2_000 })
	} satisfies StorageManagerLike;
}

function memoryMeta(): MetaRepo & { values: Map<string, unknown> } {
	const values = new Map<string, unknown>();
	return {
		values,
		get: async (key) => values.get(key),
		set: async (key, value) => void values.set(key, value)
	};
}

describe('getStorageStatus', () => {
	it('reports persistence, usage and quota', async () => {
		const storage = fakeStorage({ persisted: true, estimate: { usage: 5, quota: 10 } });
		expect(await getStorageStatus(storage)).toEqual({ persisted: true, usage: 5, quota: 10 });
	});

	it('says unsupported when the browser has no storage manager', async () => {
		expect(await getStorageStatus(undefined)).toEqual({ persisted: 'unsupported' });
		expect(await getStorageStatus({})).toEqual({ persisted: 'unsupported' });
	});

	it('leaves sizes out when estimate() fails', async () => {
		const storage = {
			persisted: async () => false,
			estimate: () => Promise.reject(new Error('private'))
		};
		expect(await getStorageStatus(storage)).toEqual({ persisted: false });
	});
});

describe('requestPersistence', () => {
	it('is unsupported without persist()', async () => {
		expect(await requestPersistence(undefined, memoryMeta(), { now })).toBe('unsupported');
		expect(await requestPersistence({ persisted: async () => false }, memoryMeta(), { now })).toBe(
			'unsupported'
		);
	});

	it('asks once, remembers a grant and does not ask again', async () => {
		const storage = fakeStorage({ grant: true });
		const meta = memoryMeta();
		expect(await requestPersistence(storage, meta, { now })).toBe('granted');
		expect(meta.values.get(PERSISTENCE_META_KEY)).toEqual({
			askedAt: '2025-03-30T01:30:00.000Z',
			outcome: 'granted'
		});
		expect(await requestPersistence(storage, meta, { now })).toBe('granted');
		expect(storage.persist).toHaveBeenCalledTimes(1);
	});

	it('asks once when denied, and again only when the person asks', async () => {
		const storage = fakeStorage({ grant: false });
		const meta = memoryMeta();
		expect(await requestPersistence(storage, meta, { now })).toBe('denied');
		expect(await requestPersistence(storage, meta, { now })).toBe('denied');
		expect(storage.persist).toHaveBeenCalledTimes(1);

		const later = new Date('2025-04-01T09:00:00Z');
		expect(await requestPersistence(storage, meta, { now: later, again: true })).toBe('denied');
		expect(storage.persist).toHaveBeenCalledTimes(2);
		expect(await readPersistenceRecord(meta)).toEqual({
			askedAt: '2025-04-01T09:00:00.000Z',
			outcome: 'denied'
		});
	});

	it('does not ask when the browser already keeps the data', async () => {
		const storage = fakeStorage({ persisted: true });
		expect(await requestPersistence(storage, memoryMeta(), { now })).toBe('granted');
		expect(storage.persist).not.toHaveBeenCalled();
	});

	it('treats a failing persist() as denied', async () => {
		const storage = { persist: () => Promise.reject(new Error('nope')) };
		expect(await requestPersistence(storage, undefined, { now })).toBe('denied');
	});

	it('ignores a remembered value of the wrong shape', async () => {
		const meta = memoryMeta();
		meta.values.set(PERSISTENCE_META_KEY, { outcome: 'maybe' });
		expect(await readPersistenceRecord(meta)).toBeUndefined();
		const storage = fakeStorage({ grant: true });
		expect(await requestPersistence(storage, meta, { now })).toBe('granted');
		expect(storage.persist).toHaveBeenCalledTimes(1);
	});

	describe('with the meta table', () => {
		let db: AppDb | undefined;
		afterEach(() => db?.close());

		it('remembers the answer in IndexedDB', async () => {
			db = new AppDb('persistence-test', migrations, freshIndexedDb());
			const storage = fakeStorage({ grant: false });
			expect(await requestPersistence(storage, createMetaRepo(db), { now })).toBe('denied');
			expect(await db.meta.get(PERSISTENCE_META_KEY)).toEqual({
				key: PERSISTENCE_META_KEY,
				value: { askedAt: now.toISOString(), outcome: 'denied' }
			});
			expect(await requestPersistence(storage, createMetaRepo(db), { now })).toBe('denied');
			expect(storage.persist).toHaveBeenCalledTimes(1);
		});
	});
});
