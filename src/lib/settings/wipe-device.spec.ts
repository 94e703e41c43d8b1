import { describe, expect, it } from 'vitest';
import { isAppCodeCache, wipeDevice } from './wipe-device';

function fakeCaches(names: string[]) {
	const held = new Set(names);
	return {
		held,
		keys: async () => [...held],
		delete: async (name: string) => held.delete(name)
	};
}

function fakeStorage(items: Map<string, string>) {
	return {
		clear: () => items.clear(),
		getItem: (key: string) => items.get(key) ?? null,
		setItem: (key: string, value: string) => void items.set(key, value)
	};
}

describe('wipeDevice', () => {
	it('deletes the database, every data cache and saved settings, keeping the app code', async () => {
		const order: string[] = [];
		const caches = fakeCaches([
			'workbox-precache-v2-http://localhost/',
			'runtime-images',
			'old-data'
		]);
		const local = new Map([['tend:prefs', '{}']]);
		const storage = { ...fakeStorage(local), clear: () => (order.push('storage'), local.clear()) };

		const deleted = await wipeDevice({
			deleteDatabase: async () => void order.push('database'),
			caches,
			storages: [storage]
		});

		expect(deleted).toEqual(['runtime-images', 'old-data']);
		expect([...caches.held]).toEqual(['workbox-precache-v2-http://localhost/']);
		expect(local.size).toBe(0);
		expect(order).toEqual(['database', 'storage']);
	});

	it('keeps the keys it is told to keep, and only those', async () => {
		const local = new Map([
			['tend:prefs', '{"language":"ur"}'],
			['other', 'x']
		]);
		const session = new Map([['draft', 'y']]);
		await wipeDevice({
			deleteDatabase: async () => undefined,
			storages: [fakeStorage(local), fakeStorage(session)],
			keepKeys: ['tend:prefs']
		});
		expect([...local]).toEqual([['tend:prefs', '{"language":"ur"}']]);
		expect(session.size).toBe(0);
	});

	it('works where the browser has no Cache Storage', async () => {
		expect(await wipeDevice({ deleteDatabase: async () => {}, storages: [] })).toEqual([]);
	});

	it('stops before clearing settings when the database cannot be deleted', async () => {
		const local = {
			...fakeStorage(new Map()),
			cleared: false,
			clear() {
				this.cleared = true;
			}
		};
		await expect(
			wipeDevice({
				deleteDatabase: async () => Promise.reject(new Error('blocked')),
				storages: [local]
			})
		).rejects.toThrow('blocked');
		expect(local.cleared).toBe(false);
	});
});

describe('isAppCodeCache', () => {
	it.each([
		['workbox-precache-v2-https://tend.example/', true],
		['tend-runtime', false],
		['precache', false]
	])('%s → %s', (name, expected) => expect(isAppCodeCache(name)).toBe(expected));
});
