import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assignmentFromTask, assignmentToTask } from '$lib/proms/assignment-fhir';
import { listAuditEvents } from '../audit/audit';
import { handleSearch } from '../fhir/read-search';
import { fhirErrors } from '../fhir/testing';
import { addTestPatient, enrolTestDevice } from '../patients/testing';
import type { Db } from '../store/open-store';
import { addTestStaff, openTestStore } from '../staff/test-store';
import { assignFromForm } from './assign-form';
import { recordLicenceFromForm } from './licensing';
import { dueDateFields, formData, jsonFile, licensedFixture } from './test-support';
import { uploadDefinitionFromForm } from './upload';

// 23:30 in London on 2 March (GMT): "today" is 2 March there.
const NOW = new Date('2026-03-02T23:30:00Z');
const PHQ9 = 'https://fhir.tend.example/Questionnaire/phq-9|1.0.0';
const BPI = 'https://fhir.tend.example/Questionnaire/bpi-sf|0.0.0-fixture';
let db: Db;
let dispose: () => void;
let ids: string[];
beforeEach(() => {
	({ db, dispose } = openTestStore());
	addTestStaff(db);
	ids = ['a1', 'a2', 'a3'];
});
afterEach(() => dispose());

const due = dueDateFields;
const assign = (patientId: string, fields: Record<string, string>, now = NOW) =>
	assignFromForm(db, formData(fields), {
		patientId,
		staffId: 's1',
		now,
		newId: () => ids.shift()!
	});

describe('assignFromForm', () => {
	it('writes the Task devices pull, valid R4, audited', () => {
		const sam = addTestPatient(db);
		const result = assign(sam.id, { questionnaire: PHQ9, ...due('16') });
		const expected = {
			id: 'a1',
			patientId: sam.id,
			questionnaire: { url: 'https://fhir.tend.example/Questionnaire/phq-9', version: '1.0.0' },
			assignedOn: '2026-03-02',
			dueOn: '2026-03-16',
			status: 'requested'
		};
		expect(result).toEqual({ ok: true, assignment: expected });

		const device = enrolTestDevice(db, sam);
		const search = handleSearch(db, 'Task', new URLSearchParams(), {
			auth: device.auth,
			now: NOW,
			fhirBase: 'https://pain.example/fhir'
		});
		const [task] = (search.body as { entry: { resource: unknown }[] }).entry.map((e) => e.resource);
		expect(task).toMatchObject(assignmentToTask(expected as never));
		expect(assignmentFromTask(task)).toEqual(expected);
		expect(fhirErrors(task)).toEqual([]);
		expect(listAuditEvents(db, { action: 'questionnaire.assign' })).toMatchObject([
			{
				actorId: 's1',
				resourceType: 'Task',
				resourceId: 'a1',
				detail: { patientId: sam.id, questionnaire: PHQ9, dueOn: '2026-03-16' }
			}
		]);
	});

	it('takes today as the due date, in London', () => {
		const sam = addTestPatient(db);
		expect(assign(sam.id, { questionnaire: PHQ9, ...due('2') }).ok).toBe(true);
	});

	it.each<[string, Record<string, string>, string[]]>([
		['nothing chosen', { ...due('16') }, ['staff:assign.questionnaire.missing']],
		['no due date', { questionnaire: PHQ9 }, ['staff:assign.due_date.missing']],
		[
			'a due date in the past',
			{ questionnaire: PHQ9, ...due('1') },
			['staff:assign.due_date.past']
		],
		[
			'a date that does not exist',
			{ questionnaire: PHQ9, ...due('30', '2') },
			['staff:assign.due_date.invalid']
		],
		[
			'an unknown questionnaire',
			{ questionnaire: 'https://example.org/Questionnaire/x|1', ...due('16') },
			['staff:assign.questionnaire.unknown']
		],
		[
			'a version of a bundled one that is not the current',
			{ questionnaire: 'https://fhir.tend.example/Questionnaire/phq-9|0.9', ...due('16') },
			['staff:assign.questionnaire.unknown']
		],
		[
			'a licensed one without a licence',
			{ questionnaire: BPI, ...due('1') },
			['staff:assign.questionnaire.no_licence', 'staff:assign.due_date.past']
		]
	])('refuses %s, saying what to fix and keeping what was typed', (_, fields, messages) => {
		const sam = addTestPatient(db);
		const result = assign(sam.id, fields);
		expect(result).toMatchObject({ ok: false, status: 400 });
		expect(!result.ok && result.errors.map((error) => error.message)).toEqual(messages);
		expect(!result.ok && result.values.dueDate).toEqual({
			day: fields['due-date[day]'] ?? '',
			month: fields['due-date[month]'] ?? '',
			year: fields['due-date[year]'] ?? ''
		});
		expect(storedTaskCount(sam.id)).toBe(0);
	});

	it('links each error to its field; the date to its first box', () => {
		const sam = addTestPatient(db);
		const result = assign(sam.id, { ...due('1') });
		expect(!result.ok && result.errors.map((error) => error.anchor)).toEqual([
			'questionnaire',
			'due-date-day'
		]);
	});

	it('assigns a licensed questionnaire once the licence and definition are recorded', async () => {
		const sam = addTestPatient(db);
		const now = new Date('2026-03-02T09:00:00Z');
		recordLicenceFromForm(
			db,
			formData({ instrument: 'bpi-sf', holder: 'Service', reference: 'R1' }),
			{
				staffId: 's1',
				now
			}
		);
		expect(assign(sam.id, { questionnaire: BPI, ...due('16') })).toMatchObject({
			ok: false,
			errors: [{ message: 'staff:assign.questionnaire.unknown' }]
		});
		await uploadDefinitionFromForm(
			db,
			formData({ instrument: 'bpi-sf', definition: jsonFile(licensedFixture('bpi-sf')) }),
			{ staffId: 's1', now }
		);
		expect(assign(sam.id, { questionnaire: BPI, ...due('16') }).ok).toBe(true);
	});

	it('answers 404 for a patient that does not exist', () => {
		expect(assign('nobody', { questionnaire: PHQ9, ...due('16') })).toMatchObject({
			ok: false,
			status: 404
		});
	});
});

function storedTaskCount(patientId: string): number {
	return db
		.prepare(
			"SELECT COUNT(*) AS n FROM fhir_resource WHERE resource_type = 'Task' AND patient_id = ?"
		)
		.pluck()
		.get(patientId) as number;
}
