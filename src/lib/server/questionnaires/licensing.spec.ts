import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assignmentFromTask } from '$lib/proms/assignment-fhir';
import { listAuditEvents } from '../audit/audit';
import { findResources } from '../fhir/resource-repo';
import { addTestPatient } from '../patients/testing';
import type { Db } from '../store/open-store';
import { addTestStaff, openTestStore } from '../staff/test-store';
import { assignFromForm } from './assign-form';
import { activeDefinition, storedDefinitions } from './catalogue';
import { currentLicence } from './licences';
import { recordLicenceFromForm, withdrawLicence } from './licensing';
import { formData, jsonFile, licensedFixture } from './test-support';
import { uploadDefinitionFromForm } from './upload';

const NOW = new Date('2026-03-02T09:00:00Z');
const LATER = new Date('2026-03-05T09:00:00Z');
const BPI = 'https://fhir.tend.example/Questionnaire/bpi-sf';
let db: Db;
let dispose: () => void;

beforeEach(() => {
	({ db, dispose } = openTestStore());
	addTestStaff(db, { id: 's1', name: 'Priya Shah' });
});
afterEach(() => dispose());

const record = (fields: Record<string, string> = {}) =>
	recordLicenceFromForm(
		db,
		formData({
			instrument: 'bpi-sf',
			holder: 'Leeds Pain Service',
			reference: 'MDA-123',
			...fields
		}),
		{ staffId: 's1', now: NOW }
	);

describe('recordLicenceFromForm', () => {
	it('records who holds the licence, its reference, who recorded it and when, audited', () => {
		const result = record();
		expect(result).toMatchObject({
			ok: true,
			licence: {
				instrument: 'bpi-sf',
				holder: 'Leeds Pain Service',
				reference: 'MDA-123',
				recordedBy: { id: 's1', name: 'Priya Shah' },
				recordedAt: NOW.toISOString()
			}
		});
		expect(currentLicence(db, 'bpi-sf')?.reference).toBe('MDA-123');
		expect(currentLicence(db, 'pseq')).toBeNull();
		expect(listAuditEvents(db, { action: 'questionnaire.licence.record' })).toMatchObject([
			{ actorId: 's1', resourceType: 'QuestionnaireLicence', detail: { instrument: 'bpi-sf' } }
		]);
	});

	it('says what is missing or too long, keeping what was typed', () => {
		expect(record({ holder: ' ', reference: 'x'.repeat(101) })).toEqual({
			ok: false,
			status: 400,
			instrument: 'bpi-sf',
			values: { holder: '', reference: 'x'.repeat(101) },
			errors: [
				{
					field: 'bpi-sf-licence-holder',
					anchor: 'bpi-sf-licence-holder',
					message: 'staff:licences.holder.missing'
				},
				{
					field: 'bpi-sf-licence-reference',
					anchor: 'bpi-sf-licence-reference',
					message: 'staff:licences.reference.too_long',
					values: { max: 100 }
				}
			]
		});
		expect(currentLicence(db, 'bpi-sf')).toBeNull();
	});

	it('refuses a second current licence, and an instrument that needs none', () => {
		record();
		expect(record({ reference: 'MDA-999' })).toMatchObject({
			ok: false,
			status: 409,
			errors: [{ message: 'staff:licences.already_recorded' }]
		});
		expect(currentLicence(db, 'bpi-sf')?.reference).toBe('MDA-123');
		expect(record({ instrument: 'phq-9' })).toMatchObject({ ok: false, status: 404 });
	});
});

describe('withdrawLicence', () => {
	it('retires the definitions and withdraws open assignments, audited; then needs a new licence', async () => {
		record();
		await uploadDefinitionFromForm(
			db,
			formData({ instrument: 'bpi-sf', definition: jsonFile(licensedFixture('bpi-sf')) }),
			{ staffId: 's1', now: NOW }
		);
		const sam = addTestPatient(db);
		const assign = (questionnaire: string) =>
			assignFromForm(
				db,
				formData({
					questionnaire,
					'due-date[day]': '20',
					'due-date[month]': '3',
					'due-date[year]': '2026'
				}),
				{ patientId: sam.id, staffId: 's1', now: NOW, newId: crypto.randomUUID.bind(crypto) }
			);
		expect(assign(`${BPI}|0.0.0-fixture`).ok).toBe(true);
		expect(assign('https://fhir.tend.example/Questionnaire/phq-9|1.0.0').ok).toBe(true);

		expect(withdrawLicence(db, 'bpi-sf', { staffId: 's1', now: LATER })).toEqual({
			status: 'withdrawn',
			retired: ['0.0.0-fixture'],
			withdrawnAssignments: 1
		});
		expect(currentLicence(db, 'bpi-sf')).toBeNull();
		expect(activeDefinition(db, BPI)).toBeNull();
		expect(storedDefinitions(db, BPI)[0]?.stored.resource.status).toBe('retired');
		const tasks = findResources(db, { type: 'Task' }).map((s) => assignmentFromTask(s.resource));
		expect(tasks.map((task) => [task?.questionnaire.url, task?.status]).sort()).toEqual([
			[BPI, 'cancelled'],
			['https://fhir.tend.example/Questionnaire/phq-9', 'requested']
		]);
		expect(listAuditEvents(db, { action: 'questionnaire.licence.withdraw' })).toMatchObject([
			{ actorId: 's1', detail: { instrument: 'bpi-sf', withdrawnAssignments: 1 } }
		]);
		expect(listAuditEvents(db, { action: 'questionnaire.assignment.withdraw' })).toMatchObject([
			{ detail: { reason: 'licence-withdrawn' } }
		]);

		expect(withdrawLicence(db, 'bpi-sf', { staffId: 's1', now: LATER })).toEqual({
			status: 'none'
		});
		expect(record().ok).toBe(true);
		expect(activeDefinition(db, BPI)).toBeNull();
	});
});
