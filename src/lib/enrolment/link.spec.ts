import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppDb } from '$lib/db/app-db';
import { PERSISTENCE_META_KEY } from '$lib/db/storage';
import { SERVICE_CONTACT_META_KEY } from '$lib/shell/repo';
import { openTestDb } from '$lib/sync/test-support';
import { contactFrom, linkDevice } from './link';
import { readEnrolment } from './repo';
import { unlinkDevice } from './unlink';

const now = new Date('2026-03-29T00:30:00Z');
const success = {
	token: 't'.repeat(43),
	patient: { id: 'p1', displayName: 'Sam Jones' },
	role: 'carer',
	carer: { name: 'Alex Jones', relationship: 'daughter' },
	device: { id: 'd1' },
	fhirBase: 'https://tend.example/fhir',
	service: { name: 'Community Pain Service', phone: '01632 960 001', hours: '', email: null }
};

let db: AppDb;
afterEach(() => db?.close());

function link(response: Response) {
	db = openTestDb();
	const storage = { persist: vi.fn(async () => true) };
	const result = linkDevice({
		db,
		fetch: async () => response,
		origin: 'https://tend.example',
		serviceUrl: '',
		code: 'ABCD-EFGH-JKMN',
		deviceName: 'Alex’s phone',
		now,
		storage
	});
	return { result, storage };
}

describe('linkDevice', () => {
	it('keeps the link, the service contact, and asks the browser to keep the data', async () => {
		const { result, storage } = link(new Response(JSON.stringify(success), { status: 201 }));
		expect(await result).toMatchObject({ ok: true });
		expect(await readEnrolment(db)).toEqual({
			key: 'current',
			serviceUrl: '',
			fhirBase: 'https://tend.example/fhir',
			token: success.token,
			patient: { id: 'p1', displayName: 'Sam Jones' },
			role: 'carer',
			carer: { name: 'Alex Jones', relationship: 'daughter' },
			deviceId: 'd1',
			deviceName: 'Alex’s phone',
			linkedAt: now.toISOString(),
			service: { name: 'Community Pain Service', phone: '01632 960 001' }
		});
		expect((await db.meta.get(SERVICE_CONTACT_META_KEY))?.value).toEqual({
			name: 'Community Pain Service',
			phone: '01632 960 001'
		});
		expect(storage.persist).toHaveBeenCalledOnce();
		expect((await db.meta.get(PERSISTENCE_META_KEY))?.value).toMatchObject({ outcome: 'granted' });
	});

	it('stores nothing when the code is refused', async () => {
		const { result } = link(
			new Response(
				JSON.stringify({
					resourceType: 'OperationOutcome',
					issue: [{ details: { coding: [{ code: 'code-used' }] } }]
				}),
				{ status: 410 }
			)
		);
		expect(await result).toEqual({ ok: false, error: { code: 'code-used' } });
		expect(await readEnrolment(db)).toBeUndefined();
		expect(await db.meta.count()).toBe(0);
	});

	it('links even when the service contact cannot be used', async () => {
		const broken = { ...success, service: { name: 'Pain service', email: 'not-an-email' } };
		const { result } = link(new Response(JSON.stringify(broken), { status: 201 }));
		expect(await result).toMatchObject({ ok: true, enrolment: { service: null } });
		expect(await db.meta.get(SERVICE_CONTACT_META_KEY)).toBeUndefined();
	});
});

describe('contactFrom', () => {
	it('drops empty fields and needs a name', () => {
		expect(contactFrom({ name: ' Pain ', phone: null, hours: ' 9–5 ', email: '' })).toEqual({
			name: 'Pain',
			hours: '9–5'
		});
		expect(contactFrom({ name: null, phone: '1' })).toBeNull();
		expect(contactFrom(null)).toBeNull();
	});
});

describe('unlinkDevice', () => {
	const enrolment = { serviceUrl: '', token: 'tok' };

	it('revokes the token, then deletes everything', async () => {
		const order: string[] = [];
		const outcome = await unlinkDevice({
			enrolment,
			origin: 'https://tend.example',
			isOnline: true,
			fetch: async () => (order.push('revoke'), new Response(null, { status: 204 })),
			wipe: async () => void order.push('wipe')
		});
		expect(outcome).toBe('unlinked');
		expect(order).toEqual(['revoke', 'wipe']);
	});

	it.each([
		['offline', false, async () => new Response(null, { status: 204 }), 'offline'],
		['the request fails', true, async () => Promise.reject(new TypeError('x')), 'offline'],
		['the service fails', true, async () => new Response(null, { status: 503 }), 'failed']
	] as const)('deletes nothing when %s', async (_, isOnline, fetch, expected) => {
		const wipe = vi.fn(async () => undefined);
		expect(
			await unlinkDevice({ enrolment, origin: 'https://tend.example', isOnline, fetch, wipe })
		).toBe(expected);
		expect(wipe).not.toHaveBeenCalled();
	});
});
