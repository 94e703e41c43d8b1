import { afterEach, describe, expect, it } from 'vitest';
import { AppDb } from '$lib/db/app-db';
import { createMetaRepo } from '$lib/db/meta-repo';
import { migrations } from '$lib/db/migrations';
import { freshIndexedDb } from '$lib/db/test-deps';
import { readServiceContact, saveServiceContact, SERVICE_CONTACT_META_KEY } from './repo';

let db: AppDb;
afterEach(() => db?.close());

function openDb(): AppDb {
	db = new AppDb('tend-shell-test', migrations, freshIndexedDb());
	return db;
}

describe('service contact repo', () => {
	it('is null before the device is linked', async () => {
		expect(await readServiceContact(createMetaRepo(openDb()))).toBeNull();
	});

	it('round-trips the contact details', async () => {
		const meta = createMetaRepo(openDb());
		const contact = {
			name: 'Community Pain Service',
			phone: '01632 960 001',
			hours: 'Mon–Fri 08:00–18:30'
		};
		await saveServiceContact(meta, contact);
		expect(await readServiceContact(meta)).toEqual(contact);
	});

	it('refuses to save an invalid email and ignores a damaged record', async () => {
		const meta = createMetaRepo(openDb());
		await expect(saveServiceContact(meta, { name: 'X', email: 'not-an-email' })).rejects.toThrow();
		await meta.set(SERVICE_CONTACT_META_KEY, { phone: 42 });
		expect(await readServiceContact(meta)).toBeNull();
	});
});
