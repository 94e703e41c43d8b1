/**
 * Hazard H-008 (a revoked device still sending), end to end: the app's real pusher and
 * puller against Tend's real FHIR endpoints. Once staff revoke a device, the service
 * stores nothing more from it and gives it nothing; the app stops sending, keeps every
 * waiting record, and sends each exactly once after it is linked again.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checkinToObservation } from '$lib/checkin/fhir';
import { readEnrolment } from '$lib/enrolment/repo';
import { enqueueRecord } from '$lib/sync/outbox-repo';
import { modeOf } from '$lib/sync/mode';
import { pull } from '$lib/sync/puller';
import { pushOnce } from '$lib/sync/pusher';
import { AppWorld, checkin, FHIR_BASE, recordId, ServiceWorld } from './sync-world';

const now = new Date('2026-03-02T08:00:00Z');
let service: ServiceWorld;
let app: AppWorld;

afterEach(() => {
	app?.close();
	service?.close();
});

const fetchFromService = ((input: RequestInfo | URL, init?: RequestInit) =>
	service.serveFhir(new Request(input, init))) as typeof fetch;

async function save(id: string) {
	const record = checkin(id, 6, now);
	await enqueueRecord(
		app.db,
		'checkins',
		record,
		(owner) => checkinToObservation(record, owner),
		now
	);
}

const push = (token: string, tab: 0 | 1 = 0) =>
	pushOnce({
		db: app.tabs[tab],
		fetch: fetchFromService,
		now: () => now,
		random: () => 0.5,
		fhirBase: FHIR_BASE,
		token
	});

const storedCount = () =>
	service.store.db
		.prepare<[string], { n: number }>(
			'SELECT COUNT(*) AS n FROM fhir_resource WHERE patient_id = ?'
		)
		.get(service.patient.id)!.n;

describe('a revoked device', () => {
	it('stores nothing more, keeps every waiting record, and sends each once when linked again', async () => {
		service = new ServiceWorld(() => now);
		app = new AppWorld();
		const device = service.enrol('patient');
		await app.link(service.patient, device, 'patient', now);
		await save(recordId(1));
		expect((await push(device.token)).sent).toBe(1);

		service.revoke(device.deviceId);
		await save(recordId(2));
		await save(recordId(3));
		const refused = await push(device.token);
		// A second tab that has not yet noticed is refused too.
		const otherTab = await push(device.token, 1);

		expect(refused).toMatchObject({ outcome: 'revoked', sent: 0 });
		expect(otherTab).toMatchObject({ outcome: 'revoked', sent: 0 });
		expect(storedCount()).toBe(1);
		expect(service.storedBy(device.deviceId)).toBe(1);
		expect(modeOf(await readEnrolment(app.db))).toBe('unlinked-by-service');
		const waiting = await app.db.outbox.bulkGet([recordId(2), recordId(3)]);
		expect(waiting.map((entry) => entry?.state)).toEqual(['pending', 'pending']);

		const again = service.enrol('patient');
		await app.link(service.patient, again, 'patient', now);
		expect(await push(again.token)).toMatchObject({ outcome: 'done', sent: 2 });
		expect(storedCount()).toBe(3);
		expect(service.storedBy(again.deviceId)).toBe(2);
		expect(service.storedBy(device.deviceId)).toBe(1);
	});

	it('is given nothing when it pulls', async () => {
		service = new ServiceWorld(() => now);
		app = new AppWorld();
		const device = service.enrol('patient');
		await app.link(service.patient, device, 'patient', now);
		service.revoke(device.deviceId);
		const result = await pull({
			db: app.db,
			fetch: fetchFromService,
			now: () => now,
			fhirBase: FHIR_BASE,
			token: device.token
		});
		expect(result.outcome).toBe('revoked');
		expect(await app.db.pulled.count()).toBe(0);
		expect(modeOf(await readEnrolment(app.db))).toBe('unlinked-by-service');
	});
});
