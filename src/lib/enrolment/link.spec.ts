import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppDb } from '$lib/db/app-db';
import { PERSISTENCE_META_KEY } from '$lib/db/storage';
import { SERVICE_CONTACT_META_KEY } from '$lib/shell/repo';
import { enqueueRecord } from '$lib/sync/outbox-repo';
import { observationFor, openTestDb, testEnrolment } from '$lib/sync/test-support';
import {
	abandonLink,
	contactFrom,
	holdsOtherPatient,
	linkAfterWipe,
	linkDevice,
	type PendingLink
} from './link';
import { readEnrolment, saveEnrolment } from './repo';
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

function link(response: Response, existing?: AppDb) {
	db = existing ?? openTestDb();
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
		expect(await result).toMatchObject({ status: 'linked' });
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
		expect(await result).toEqual({ status: 'refused', error: { code: 'code-used' } });
		expect(await readEnrolment(db)).toBeUndefined();
		expect(await db.meta.count()).toBe(0);
	});

	it('links even when the service contact cannot be used', async () => {
		const broken = { ...success, service: { name: 'Pain service', email: 'not-an-email' } };
		const { result } = link(new Response(JSON.stringify(broken), { status: 201 }));
		expect(await result).toMatchObject({ status: 'linked', enrolment: { service: null } });
		expect(await db.meta.get(SERVICE_CONTACT_META_KEY)).toBeUndefined();
	});
});

describe('linking a device that holds records of a patient (hazard H-007)', () => {
	const granted = (patientId: string) =>
		new Response(
			JSON.stringify({
				...success,
				role: 'patient',
				carer: null,
				patient: { id: patientId, displayName: 'Alex Other' }
			}),
			{ status: 201 }
		);

	/** A device the service unlinked from p1, with a check-in still waiting to be sent. */
	async function unlinkedDeviceWithRecords(): Promise<AppDb> {
		const device = openTestDb();
		await saveEnrolment(
			device,
			testEnrolment({
				patient: { id: 'p1', displayName: 'Sam Jones' },
				revokedAt: now.toISOString()
			})
		);
		await enqueueRecord(
			device,
			'checkins',
			{ id: 'c1', score: 4, recordedAt: now.toISOString() },
			() => observationFor('c1', 'p1'),
			now
		);
		return device;
	}

	it('keeps everything when the new code is for the same patient', async () => {
		const { result } = link(granted('p1'), await unlinkedDeviceWithRecords());
		expect(await result).toMatchObject({ status: 'linked' });
		const enrolment = await readEnrolment(db);
		expect(enrolment).toMatchObject({ token: success.token, patient: { id: 'p1' } });
		expect(enrolment?.revokedAt).toBeUndefined();
		expect(await db.checkins.count()).toBe(1);
		expect(await db.outbox.get('c1')).toMatchObject({ state: 'pending' });
	});

	it('stores nothing, and hands the link back pending, when the code is for another patient', async () => {
		const { result } = link(granted('p2'), await unlinkedDeviceWithRecords());
		const outcome = await result;
		expect(outcome).toMatchObject({
			status: 'other-patient',
			previous: { id: 'p1', displayName: 'Sam Jones' },
			pending: { enrolment: { token: success.token, patient: { id: 'p2' } } }
		});
		// The device still says p1 (unlinked), with p1's records, and no new token.
		expect(await readEnrolment(db)).toMatchObject({ token: 'device-token', patient: { id: 'p1' } });
		expect(await db.checkins.count()).toBe(1);
		expect(await db.meta.count()).toBe(0);
	});

	it('links to the other patient only after the device is wiped', async () => {
		const { result } = link(granted('p2'), await unlinkedDeviceWithRecords());
		const outcome = await result;
		if (outcome.status !== 'other-patient') throw new Error(outcome.status);
		const order: string[] = [];
		const fresh = openTestDb();
		const enrolment = await linkAfterWipe(outcome.pending, {
			wipe: async () => {
				order.push('wipe');
				db.close();
			},
			openDb: () => (order.push('open'), fresh),
			now
		});
		expect(order).toEqual(['wipe', 'open']);
		expect(enrolment.patient.id).toBe('p2');
		expect(await readEnrolment(fresh)).toMatchObject({
			token: success.token,
			patient: { id: 'p2' }
		});
		fresh.close();
	});

	it('stores no link when the wipe fails', async () => {
		const pending = { enrolment: testEnrolment(), contact: null } satisfies PendingLink;
		const openDb = vi.fn(openTestDb);
		await expect(
			linkAfterWipe(pending, {
				wipe: async () => Promise.reject(new Error('blocked')),
				openDb,
				now
			})
		).rejects.toThrow('blocked');
		expect(openDb).not.toHaveBeenCalled();
	});

	it('revokes the unused token when the person keeps the records', async () => {
		const pending = { enrolment: testEnrolment({ token: 'new-token' }), contact: null };
		const fetch = vi.fn(async () => new Response(null, { status: 204 }));
		expect(await abandonLink(pending, { fetch, origin: 'https://tend.example' })).toBe('unlinked');
		expect(fetch).toHaveBeenCalledWith(
			'https://tend.example/api/unlink',
			expect.objectContaining({ headers: { Authorization: 'Bearer new-token' } })
		);
	});

	it.each([
		['never linked', undefined, false],
		['linked to the same patient', { patient: { id: 'p1', displayName: 'Sam' } }, false],
		['linked to another patient', { patient: { id: 'p2', displayName: 'Alex' } }, true]
	])('holdsOtherPatient: %s → %s', (_, current, expected) => {
		expect(holdsOtherPatient(current, { patient: { id: 'p1', displayName: 'Sam' } })).toBe(
			expected
		);
	});
});

describe('a service naming a FHIR base the CSP does not allow (D-023)', () => {
	it('stores nothing, revokes the new token, and says why', async () => {
		db = openTestDb();
		const calls: string[] = [];
		const fetch = vi.fn<typeof globalThis.fetch>(async (input) => {
			calls.push(String(input));
			return String(input).endsWith('/api/enrol')
				? new Response(
						JSON.stringify({ ...success, fhirBase: 'https://fhir.elsewhere.example/r4' }),
						{
							status: 201
						}
					)
				: new Response(null, { status: 204 });
		});
		const result = await linkDevice({
			db,
			fetch,
			origin: 'https://tend.example',
			serviceUrl: '',
			code: 'ABCD-EFGH-JKMN',
			deviceName: 'My phone',
			now
		});
		expect(result).toEqual({ status: 'refused', error: { code: 'fhir-base-not-allowed' } });
		expect(calls).toEqual(['https://tend.example/api/enrol', 'https://tend.example/api/unlink']);
		expect(await readEnrolment(db)).toBeUndefined();
	});

	it('links when the build allows that origin', async () => {
		db = openTestDb();
		const body = { ...success, fhirBase: 'https://fhir.elsewhere.example/r4' };
		const result = await linkDevice({
			db,
			fetch: async () => new Response(JSON.stringify(body), { status: 201 }),
			origin: 'https://tend.example',
			serviceUrl: '',
			code: 'ABCD-EFGH-JKMN',
			deviceName: 'My phone',
			now,
			connectSrc: ['https://fhir.elsewhere.example']
		});
		expect(result).toMatchObject({
			status: 'linked',
			enrolment: { fhirBase: 'https://fhir.elsewhere.example/r4' }
		});
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
