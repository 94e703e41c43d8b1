import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppDb } from './app-db';
import { ConnectionState, connection } from './connection.svelte';
import { connect, DB_NAME, deleteAllLocalData, getDb } from './db';
import { STORAGE_MESSAGES } from './messages';
import type { Migration } from './migrations/types';
import { v1Initial } from './migrations/v1-initial';
import { freshIndexedDb } from './test-deps';

/** Waits for async effects, generously: CI machines can be slow, the code is not. */
const settle = <T>(check: () => T | Promise<T>) => vi.waitFor(check, { timeout: 5000 });

const v2Test: Migration = { version: 2, stores: { notes: '&id' } };

const opened: Dexie[] = [];
function track<T extends Dexie>(db: T): T {
	opened.push(db);
	return db;
}

describe('connect', () => {
	afterEach(() => opened.splice(0).forEach((db) => db.close()));

	it('marks the connection open', async () => {
		const state = new ConnectionState();
		expect(state.status).toBe('opening');
		await connect(track(new AppDb('open-test', [v1Initial], freshIndexedDb())), state);
		expect(state.status).toBe('open');
		expect(state.messageKey).toBeNull();
	});

	it('closes this tab when another tab opens a newer schema, and says so', async () => {
		const deps = freshIndexedDb();
		const oldTab = track(new AppDb('vc-test', [v1Initial], deps));
		const oldState = new ConnectionState();
		await connect(oldTab, oldState);
		await oldTab.meta.put({ key: 'kept', value: 1 });

		const newTab = track(new AppDb('vc-test', [v1Initial, v2Test], deps));
		const newState = new ConnectionState();
		await connect(newTab, newState);

		expect(newState.status).toBe('open');
		expect(newTab.verno).toBe(2);
		expect(oldState.status).toBe('closed-for-upgrade');
		expect(oldState.messageKey).toBe(STORAGE_MESSAGES.closedForUpgrade);
		expect(oldTab.isOpen()).toBe(false);
		// Stays closed: this page's older code must not write rows in an old shape.
		await expect(oldTab.meta.get('kept')).rejects.toMatchObject({ name: 'DatabaseClosedError' });
		expect(await newTab.meta.get('kept')).toEqual({ key: 'kept', value: 1 });
	});

	it('says when another tab deletes the database', async () => {
		const deps = freshIndexedDb();
		const tab = track(new AppDb('delete-test', [v1Initial], deps));
		const state = new ConnectionState();
		await connect(tab, state);

		await new AppDb('delete-test', [v1Initial], deps).delete();

		expect(state.status).toBe('closed-for-delete');
		expect(state.messageKey).toBe(STORAGE_MESSAGES.closedForDelete);
	});

	it('reports blocked while an old connection ignores versionchange, then opens', async () => {
		const deps = freshIndexedDb();
		const seeded = new AppDb('blocked-test', [v1Initial], deps);
		await seeded.open();
		seeded.close();
		// A raw connection with no versionchange handler: an old Tend tab that never lets go.
		const stubborn = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = deps.indexedDB.open('blocked-test');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});

		const state = new ConnectionState();
		const connecting = connect(track(new AppDb('blocked-test', [v1Initial, v2Test], deps)), state);
		await settle(() => expect(state.status).toBe('blocked'));
		expect(state.messageKey).toBe(STORAGE_MESSAGES.blocked);

		stubborn.close();
		await connecting;
		expect(state.status).toBe('open');
	});

	it('records why opening failed in words', async () => {
		const state = new ConnectionState();
		const noIndexedDb = new AppDb('missing-test', [v1Initial], {
			indexedDB: undefined,
			IDBKeyRange: undefined
		});
		await connect(noIndexedDb, state);
		expect(state.status).toBe('error');
		expect(state.errorKey).toBe(STORAGE_MESSAGES.unavailable);
		expect(state.messageKey).toBe(STORAGE_MESSAGES.unavailable);
	});
});

describe('getDb and deleteAllLocalData', () => {
	it('creates one database and deletes it with everything in it', async () => {
		const db = getDb();
		expect(getDb()).toBe(db);
		await db.meta.put({ key: 'something', value: 'worth keeping' });
		await settle(() => expect(connection.status).toBe('open'));
		expect(await Dexie.exists(DB_NAME)).toBe(true);

		// Another open tab must not hold the delete up.
		const otherTab = new AppDb(DB_NAME, [v1Initial]);
		const otherState = new ConnectionState();
		await connect(otherTab, otherState);

		await deleteAllLocalData();

		expect(await Dexie.exists(DB_NAME)).toBe(false);
		expect(otherState.status).toBe('closed-for-delete');
		expect(connection.status).toBe('opening');
		const fresh = getDb();
		expect(fresh).not.toBe(db);
		expect(await fresh.meta.count()).toBe(0);
		fresh.close();
	});
});
