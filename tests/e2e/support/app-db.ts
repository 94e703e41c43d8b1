import { expect, type Page } from '@playwright/test';

/**
 * Reads and writes the app's IndexedDB tables from a test, as enrolment or the app itself
 * would. Waits until the app has created its database, and always closes its own
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
	return ((await getRecord(page, 'meta', key)) as { value?: unknown } | undefined)?.value;
}

export async function writeMeta(page: Page, key: string, value: unknown): Promise<void> {
	await putRecord(page, 'meta', { key, value });
}

/** Puts one record in a table of the app's database, as the app itself would. */
export async function putRecord(page: Page, table: string, record: unknown): Promise<void> {
	await waitForAppDatabase(page);
	await expect
		.poll(() =>
			page.evaluate(
				(table) =>
					new Promise<boolean>((done) => {
						const open = indexedDB.open('tend');
						open.onerror = () => done(false);
						open.onsuccess = () => {
							const has = open.result.objectStoreNames.contains(table);
							open.result.close();
							done(has);
						};
					}),
				table
			)
		)
		.toBe(true);
	await page.evaluate(
		({ table, record }) =>
			new Promise<void>((done, fail) => {
				const open = indexedDB.open('tend');
				open.onerror = () => fail(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const tx = db.transaction(table, 'readwrite');
					tx.objectStore(table).put(record);
					tx.oncomplete = () => (db.close(), done());
					tx.onerror = () => (db.close(), fail(tx.error));
				};
			}),
		{ table, record }
	);
}

/** One record of a table of the app's database by its key, or undefined. */
export async function getRecord(
	page: Page,
	table: string,
	key: string | number | (string | number)[]
): Promise<unknown> {
	await waitForAppDatabase(page);
	return page.evaluate(
		({ table, key }) =>
			new Promise((done, fail) => {
				const open = indexedDB.open('tend');
				open.onerror = () => fail(open.error);
				open.onsuccess = () => {
					const db = open.result;
					if (!db.objectStoreNames.contains(table)) return (db.close(), done(undefined));
					const get = db.transaction(table).objectStore(table).get(key);
					get.onsuccess = () => (db.close(), done(get.result));
					get.onerror = () => (db.close(), fail(get.error));
				};
			}),
		{ table, key }
	);
}

/** Every record of a table of the app's database (none when the table does not exist). */
export async function allRecords(page: Page, table: string): Promise<unknown[]> {
	await waitForAppDatabase(page);
	return page.evaluate(
		(table) =>
			new Promise<unknown[]>((done, fail) => {
				const open = indexedDB.open('tend');
				open.onerror = () => fail(open.error);
				open.onsuccess = () => {
					const db = open.result;
					if (!db.objectStoreNames.contains(table)) return (db.close(), done([]));
					const all = db.transaction(table).objectStore(table).getAll();
					all.onsuccess = () => (db.close(), done(all.result));
					all.onerror = () => (db.close(), fail(all.error));
				};
			}),
		table
	);
}
