import { expect, type Page } from '@playwright/test';

/**
 * Reads and writes the app's IndexedDB `meta` table from a test, as enrolment or the app
 * itself would. Waits until the app has created its database, and always closes its own
 * connection so it never blocks the app's upgrades.
 */
export async function waitForAppDatabase(page: Page): Promise<void> {
	await expect
		.poll(() =>
			page.evaluate(async () => (await indexedDB.databases()).some((db) => db.name === 'tend'))
		)
		.toBe(true);
}

export async function readMeta(page: Page, key: string): Promise<unknown> {
	await waitForAppDatabase(page);
	return page.evaluate(
		(key) =>
			new Promise((done, fail) => {
				const open = indexedDB.open('tend');
				open.onerror = () => fail(open.error);
				open.onsuccess = () => {
					const db = open.result;
					if (!db.objectStoreNames.contains('meta')) return (db.close(), done(undefined));
					const get = db.transaction('meta').objectStore('meta').get(key);
					get.onsuccess = () => (db.close(), done(get.result?.value));
					get.onerror = () => (db.close(), fail(get.error));
				};
			}),
		key
	);
}

export async function writeMeta(page: Page, key: string, value: unknown): Promise<void> {
	await waitForAppDatabase(page);
	await page.evaluate(
		({ key, value }) =>
			new Promise<void>((done, fail) => {
				const open = indexedDB.open('tend');
				open.onerror = () => fail(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const tx = db.transaction('meta', 'readwrite');
					tx.objectStore('meta').put({ key, value });
					tx.oncomplete = () => (db.close(), done());
					tx.onerror = () => (db.close(), fail(tx.error));
				};
			}),
		{ key, value }
	);
}

/**
 * Puts one row into a table of the app's database, as the app would (e.g. the person's own
 * care plan: table `ownCarePlan`, row `{ key: 'current', plan }`).
 */
export async function putRow(page: Page, table: string, row: unknown): Promise<void> {
	await waitForAppDatabase(page);
	await page.evaluate(
		({ table, row }) =>
			new Promise<void>((done, fail) => {
				const open = indexedDB.open('tend');
				open.onerror = () => fail(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const tx = db.transaction(table, 'readwrite');
					tx.objectStore(table).put(row);
					tx.oncomplete = () => (db.close(), done());
					tx.onerror = () => (db.close(), fail(tx.error));
				};
			}),
		{ table, row }
	);
}
