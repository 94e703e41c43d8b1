/**
 * The two ends of sync, real on both sides, for the fault-injection tests: Tend's own
 * transaction endpoint on a temporary SQLite store (real patients, real enrolled devices,
 * the real rate limiter on the test's clock) and the app's database (Dexie on
 * fake-indexeddb) opened twice, as two tabs would. Only the clock is the test's.
 */
import { checkinToObservation } from '$lib/checkin/fhir';
import type { Checkin } from '$lib/checkin/types';
import { AppDb } from '$lib/db/app-db';
import { migrations } from '$lib/db/migrations';
import { freshIndexedDb } from '$lib/db/test-deps';
import { readEnrolment, saveEnrolment } from '$lib/enrolment/repo';
import { ENROLMENT_KEY } from '$lib/enrolment/types';
import { revokeDevice } from '$lib/server/devices/devices';
import { readEndpoint, searchEndpoint, transactionEndpoint } from '$lib/server/fhir/endpoints';
import { RateLimiter } from '$lib/server/fhir/rate-limit';
import { replyResponse } from '$lib/server/fhir/reply';
import { handleTransaction } from '$lib/server/fhir/transaction';
import {
	addTestPatient,
	enrolTestDevice,
	openTempStore,
	TEST_NHS_NUMBERS
} from '$lib/server/patients/testing';
import type { Patient } from '$lib/server/patients/patients';
import type { DeviceAuth } from '$lib/server/auth/device-auth';
import { buildTransaction } from '$lib/sync/bundle';
import { createEntry } from '$lib/sync/outbox-state';
import type { FhirResource, RecordLink } from '$lib/sync/types';
import type { Server } from './fault-layer';

export const FHIR_BASE = 'https://tend.example/fhir';

/** Ways a record can be one the service truly refuses, and the status it refuses it with. */
export const INVALID_KINDS = {
	/** valueInteger 4.5: not an R4 integer. */
	'not-an-integer': 400,
	/** status "done": not in the required value set. */
	'bad-status': 400,
	/** subject and performer name another patient. */
	'other-subject': 403,
	/** the identifier is already stored for another patient. */
	'taken-identifier': 409
} as const;
export type InvalidKind = keyof typeof INVALID_KINDS;

/** A deterministic client UUID (version 4 shape) for the nth record of a run. */
export function recordId(n: number): string {
	return `c0ffee00-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

/** The service: a fresh store with our patient, another patient, and a device for each. */
export class ServiceWorld {
	readonly store = openTempStore();
	readonly patient: Patient;
	readonly other: Patient;
	readonly otherDevice: DeviceAuth;
	readonly limiter = new RateLimiter({ limit: 120, windowMs: 60_000 });
	/** Devices revoked so far, with how many resources each had stored by then. */
	readonly revoked = new Map<string, number>();

	constructor(readonly clock: () => Date) {
		this.patient = addTestPatient(this.store.db);
		this.other = addTestPatient(this.store.db, {
			nhsNumber: TEST_NHS_NUMBERS[1],
			givenName: 'Alex',
			familyName: 'Other'
		});
		this.otherDevice = enrolTestDevice(this.store.db, this.other, { name: 'Other phone' }).auth;
	}

	/** The route's handler as a Request → Response function, on the test's clock. */
	readonly serve: Server = async (request) =>
		replyResponse(
			await transactionEndpoint(this.store.db, request, {
				now: this.clock(),
				fhirBase: FHIR_BASE,
				limiter: this.limiter
			})
		);

	/** The FHIR routes (transaction, read, search) as one Request → Response function. */
	readonly serveFhir: Server = async (request) => {
		const path = new URL(request.url).pathname.replace(/^\/fhir\/?/, '');
		const [type, id, ...rest] = path.split('/').filter(Boolean);
		const options = { now: this.clock(), fhirBase: FHIR_BASE, limiter: this.limiter };
		if (request.method === 'POST' && type === undefined) return this.serve(request);
		if (request.method === 'GET' && type !== undefined && rest.length === 0) {
			return replyResponse(
				id === undefined
					? searchEndpoint(this.store.db, request, type, options)
					: readEndpoint(this.store.db, request, type, id, options)
			);
		}
		return new Response(null, { status: 405 });
	};

	/** Enrols a new device of our patient (or of the other patient). */
	enrol(
		role: RecordLink['role'],
		patient: Patient = this.patient
	): { token: string; deviceId: string } {
		const { token, auth } = enrolTestDevice(this.store.db, patient, {
			role,
			now: this.clock()
		});
		return { token, deviceId: auth.device.id };
	}

	/** Staff revoke a device; what it stored until now is noted. */
	revoke(deviceId: string): void {
		revokeDevice(this.store.db, deviceId, { by: 'staff-1', now: this.clock() });
		this.revoked.set(deviceId, this.storedBy(deviceId));
	}

	/** Resources a device has stored. */
	storedBy(deviceId: string): number {
		return this.store.db
			.prepare<[string], { n: number }>(
				'SELECT COUNT(*) AS n FROM fhir_resource WHERE author_device_id = ?'
			)
			.get(deviceId)!.n;
	}

	/** Stores a record for the other patient, so that its identifier is taken. */
	storeForOther(id: string): void {
		const resource = checkinToObservation(checkin(id, 5, this.clock()), {
			patientId: this.other.id,
			role: 'patient'
		});
		const reply = handleTransaction(
			this.store.db,
			buildTransaction([{ id, resourceType: 'Observation', resource }]),
			this.otherDevice,
			this.clock()
		);
		if (reply.status !== 200) throw new Error(`could not store for the other patient`);
	}

	/**
	 * Rows stored per record identifier value, whatever the identifier system, with the
	 * patients they belong to: a copy stored under an altered system still counts.
	 */
	storedCopies(): Map<string, string[]> {
		const rows = this.store.db
			.prepare<[], { value: string; patient: string }>(
				'SELECT identifier_value AS value, patient_id AS patient FROM fhir_resource'
			)
			.all();
		const copies = new Map<string, string[]>();
		for (const row of rows) copies.set(row.value, [...(copies.get(row.value) ?? []), row.patient]);
		return copies;
	}

	close(): void {
		this.store.cleanup();
	}
}

/** A check-in as the app saves it. */
export function checkin(id: string, score: number, now: Date, note?: string): Checkin {
	return { id, score, recordedAt: now.toISOString(), ...(note ? { note } : {}) };
}

/** The resource for a record the service will refuse, as a buggy mapping might build it. */
export function invalidResource(
	kind: InvalidKind,
	id: string,
	link: RecordLink,
	otherPatientId: string,
	now: Date
): FhirResource {
	const resource = checkinToObservation(checkin(id, 6, now), link);
	switch (kind) {
		case 'not-an-integer':
			return { ...resource, valueInteger: 4.5 };
		case 'bad-status':
			return { ...resource, status: 'done' };
		case 'other-subject':
			return {
				...resource,
				subject: { reference: `Patient/${otherPatientId}` },
				performer: [{ reference: `Patient/${otherPatientId}` }]
			};
		case 'taken-identifier':
			return resource;
	}
}

/** The app: one IndexedDB database, opened by two tabs. */
export class AppWorld {
	readonly #deps = freshIndexedDb();
	readonly tabs: [AppDb, AppDb];

	constructor(name = 'tend') {
		this.tabs = [new AppDb(name, migrations, this.#deps), new AppDb(name, migrations, this.#deps)];
	}

	get db(): AppDb {
		return this.tabs[0];
	}

	/** Links the app to the service with a device token, as enrolment does. */
	async link(
		patient: Pick<Patient, 'id' | 'givenName' | 'familyName'>,
		device: { token: string; deviceId: string },
		role: RecordLink['role'],
		now: Date
	): Promise<void> {
		await saveEnrolment(this.db, {
			key: ENROLMENT_KEY,
			serviceUrl: '',
			fhirBase: FHIR_BASE,
			token: device.token,
			patient: { id: patient.id, displayName: `${patient.givenName} ${patient.familyName}` },
			role,
			carer: role === 'carer' ? { name: 'Alex Jones', relationship: 'daughter' } : null,
			deviceId: device.deviceId,
			deviceName: 'Test phone',
			linkedAt: now.toISOString(),
			service: null
		});
	}

	/** The token to push with, or null when the app is not (or no longer) linked. */
	async token(): Promise<string | null> {
		const enrolment = await readEnrolment(this.db);
		return enrolment && !enrolment.revokedAt ? enrolment.token : null;
	}

	/** Whether the app has learned that the service revoked its token. */
	async isRevoked(): Promise<boolean> {
		return Boolean((await readEnrolment(this.db))?.revokedAt);
	}

	/** Puts an entry straight into the outbox, bypassing the feature's mapping. */
	async inject(id: string, resource: FhirResource, now: Date): Promise<void> {
		await this.db.outbox.add(createEntry({ id, table: 'checkins', resource, now }));
	}

	close(): void {
		for (const tab of this.tabs) tab.close();
	}
}
