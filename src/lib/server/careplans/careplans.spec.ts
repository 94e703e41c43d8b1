import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { carePlanFromFhir } from '$lib/careplan/fhir';
import { fullCarePlan } from '$lib/careplan/test-support';
import { emptyCarePlan } from '$lib/careplan/types';
import { listAuditEvents } from '../audit/audit';
import { fhirErrors } from '../fhir/testing';
import { handleSearch } from '../fhir/read-search';
import { findResources, insertResource } from '../fhir/resource-repo';
import { addTestPatient, enrolTestDevice, TEST_NHS_NUMBERS } from '../patients/testing';
import type { Db } from '../store/open-store';
import { addTestStaff, openTestStore } from '../staff/test-store';
import { carePlanHistory, currentCarePlan, publishCarePlan, readCurrentPlan } from './careplans';

const T1 = new Date('2026-05-11T09:00:00Z');
const T2 = new Date('2026-05-12T10:30:00Z');
const PRIYA = { id: 's1', email: 'priya@example.nhs.uk', name: 'Priya Shah' };
const TOM = { id: 's2', email: 'tom@example.nhs.uk', name: 'Tom Evans' };
let db: Db;
let dispose: () => void;

beforeEach(() => {
	({ db, dispose } = openTestStore());
	addTestStaff(db, PRIYA);
	addTestStaff(db, TOM);
});
afterEach(() => dispose());

const publish = (patientId: string, baseVersion: number | null, overrides = {}) =>
	publishCarePlan(db, {
		patientId,
		content: fullCarePlan(),
		author: PRIYA,
		baseVersion,
		now: T1,
		...overrides
	});

describe('publishCarePlan', () => {
	it('stores the first version for the patient, valid R4, by its author, audited', () => {
		const sam = addTestPatient(db);
		expect(publish(sam.id, null)).toEqual({ status: 'published', version: 1 });
		const stored = currentCarePlan(db, sam.id);
		expect(stored).toMatchObject({
			patientId: sam.id,
			versionId: 1,
			lastUpdated: T1.toISOString()
		});
		expect(stored?.resource).toMatchObject({
			subject: { reference: `Patient/${sam.id}` },
			author: { display: 'Priya Shah' },
			meta: { versionId: '1' }
		});
		expect(fhirErrors(stored?.resource)).toEqual([]);
		expect(carePlanFromFhir(stored?.resource)?.content).toEqual(fullCarePlan());
		const [audit] = listAuditEvents(db, { action: 'careplan.publish' });
		expect(audit).toMatchObject({
			actorType: 'staff',
			actorId: 's1',
			resourceType: 'CarePlan',
			resourceId: stored?.id,
			detail: { patientId: sam.id, versionId: 1 }
		});
		expect(JSON.stringify(audit)).not.toContain('Walking');
	});

	it('publishes later versions of the same CarePlan, keeping the history', () => {
		const sam = addTestPatient(db);
		publish(sam.id, null);
		const first = currentCarePlan(db, sam.id);
		const content = { ...emptyCarePlan(), whatMatters: ['Singing'] };
		expect(publish(sam.id, 1, { content, author: TOM, now: T2 })).toEqual({
			status: 'published',
			version: 2
		});
		expect(findResources(db, { type: 'CarePlan', patientId: sam.id })).toHaveLength(1);
		expect(currentCarePlan(db, sam.id)?.id).toBe(first?.id);
		expect(readCurrentPlan(db, sam.id)).toMatchObject({
			versionId: '2',
			authorName: 'Tom Evans',
			content
		});
		expect(carePlanHistory(db, sam.id)).toEqual([
			{ versionId: 2, publishedAt: T2.toISOString(), authorName: 'Tom Evans' },
			{ versionId: 1, publishedAt: T1.toISOString(), authorName: 'Priya Shah' }
		]);
	});

	it('never overwrites a version published since the form was opened (a lost edit)', () => {
		const sam = addTestPatient(db);
		publish(sam.id, null);
		publish(sam.id, 1, { author: TOM, now: T2 });
		const stale = publish(sam.id, 1, { content: emptyCarePlan() });
		expect(stale).toEqual({
			status: 'conflict',
			current: { versionId: 2, publishedAt: T2.toISOString(), authorName: 'Tom Evans' }
		});
		expect(publish(sam.id, null)).toMatchObject({ status: 'conflict' });
		expect(publish(sam.id, Number.NaN)).toMatchObject({ status: 'conflict' });
		expect(readCurrentPlan(db, sam.id)).toMatchObject({ versionId: '2', content: fullCarePlan() });
		expect(listAuditEvents(db, { action: 'careplan.publish' })).toHaveLength(2);
	});

	it('refuses a second "first" version, so each patient has one CarePlan', () => {
		const sam = addTestPatient(db);
		publish(sam.id, null);
		expect(publish(sam.id, null)).toMatchObject({ status: 'conflict' });
		expect(findResources(db, { type: 'CarePlan', patientId: sam.id })).toHaveLength(1);
	});

	it("changes only the named patient's plan, and reaches only that patient's device", () => {
		const sam = addTestPatient(db);
		const kim = addTestPatient(db, { nhsNumber: TEST_NHS_NUMBERS[1], givenName: 'Kim' });
		publish(sam.id, null);
		publish(kim.id, null, { content: emptyCarePlan() });
		publish(sam.id, 1, { now: T2 });
		expect(readCurrentPlan(db, kim.id)).toMatchObject({ versionId: '1', content: emptyCarePlan() });
		expect(currentCarePlan(db, kim.id)?.resource.subject).toEqual({
			reference: `Patient/${kim.id}`
		});
		const samsPhone = enrolTestDevice(db, sam).auth;
		const search = handleSearch(db, 'CarePlan', new URLSearchParams(), {
			auth: samsPhone,
			fhirBase: 'https://tend.example/fhir',
			now: T2
		});
		const bundle = search.body as { entry?: { resource: unknown }[] };
		const bodies = bundle.entry?.map((entry) => entry.resource) ?? [];
		expect(bodies).toHaveLength(1);
		expect(bodies[0]).toMatchObject({ subject: { reference: `Patient/${sam.id}` } });
	});

	it('refuses a patient that does not exist, storing nothing', () => {
		expect(publish('no-such-patient', null)).toEqual({ status: 'no-patient' });
		expect(findResources(db, { type: 'CarePlan' })).toEqual([]);
	});

	it('refuses content that is not a valid plan', () => {
		const sam = addTestPatient(db);
		const content = { ...fullCarePlan(), whatMatters: ['   '] };
		expect(() => publish(sam.id, null, { content })).toThrow();
		expect(currentCarePlan(db, sam.id)).toBeNull();
	});

	it('keeps what a newer service wrote, and will not replace a plan it cannot read', () => {
		const sam = addTestPatient(db);
		const newer = JSON.parse(
			readFileSync('tests/fixtures/careplan/care-plan-newer-service.json', 'utf8')
		);
		insertResource(db, { resource: newer, patientId: sam.id, now: T1 });
		expect(publish(sam.id, 1, { now: T2 })).toMatchObject({ status: 'published', version: 2 });
		expect(currentCarePlan(db, sam.id)?.resource).toMatchObject({
			note: newer.note,
			category: newer.category
		});

		const kim = addTestPatient(db, { nhsNumber: TEST_NHS_NUMBERS[1] });
		insertResource(db, {
			resource: {
				...newer,
				modifierExtension: [{ url: 'https://x.example/m', valueBoolean: true }]
			},
			patientId: kim.id,
			now: T1
		});
		expect(readCurrentPlan(db, kim.id)).toBe('unreadable');
		expect(publish(kim.id, 1)).toEqual({ status: 'unreadable' });
		expect(currentCarePlan(db, kim.id)?.versionId).toBe(1);
	});
});
