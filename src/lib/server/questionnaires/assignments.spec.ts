import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAuditEvents } from '../audit/audit';
import { handleSearch } from '../fhir/read-search';
import { addTestPatient, enrolTestDevice, TEST_NHS_NUMBERS } from '../patients/testing';
import type { Db } from '../store/open-store';
import { addTestStaff, openTestStore } from '../staff/test-store';
import { assignFromForm } from './assign-form';
import { listAssignments, withdrawAssignment } from './assignments';
import { dueDateFields, formData } from './test-support';

// 23:30 in London on 2 March (GMT): "today" is 2 March there.
const NOW = new Date('2026-03-02T23:30:00Z');
const PHQ9 = 'https://fhir.tend.example/Questionnaire/phq-9|1.0.0';
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

describe('listAssignments and withdrawAssignment', () => {
	it('gives each assignment its status as the app works it out, newest first', () => {
		const sam = addTestPatient(db);
		const day1 = new Date('2026-03-01T09:00:00Z');
		assign(sam.id, { questionnaire: PHQ9, ...due('5') }, day1); // a1: done on 3 March
		assign(
			sam.id,
			{ questionnaire: 'https://fhir.tend.example/Questionnaire/gad-7|1.0.0', ...due('3') },
			day1
		); // a2: overdue
		assign(sam.id, { questionnaire: PHQ9, ...due('20') }); // a3: assigned 2 March, due
		expect(
			withdrawAssignment(db, { patientId: sam.id, taskId: 'a2', staffId: 's1', now: NOW })
		).toBe('withdrawn');
		const responses = [{ questionnaire: PHQ9.split('|')[0]!, authored: '2026-03-01T10:00:00Z' }];
		const list = listAssignments(db, sam.id, { now: new Date('2026-03-04T09:00:00Z'), responses });
		expect(list.map((view) => [view.assignment.id, view.status, view.doneAt, view.title])).toEqual([
			['a3', 'due', null, 'Patient Health Questionnaire (PHQ-9)'],
			['a1', 'done', '2026-03-01T10:00:00Z', 'Patient Health Questionnaire (PHQ-9)'],
			['a2', 'withdrawn', null, 'Generalized Anxiety Disorder 7-item scale (GAD-7)']
		]);
		const overdue = listAssignments(db, sam.id, {
			now: new Date('2026-03-21T09:00:00Z'),
			responses: []
		});
		expect(overdue.find((view) => view.assignment.id === 'a3')?.status).toBe('overdue');
	});

	it('withdraws once (a cancelled Task the device pulls), audited; never another patient’s', () => {
		const sam = addTestPatient(db);
		const kim = addTestPatient(db, { nhsNumber: TEST_NHS_NUMBERS[1] });
		assign(sam.id, { questionnaire: PHQ9, ...due('16') });
		const input = { patientId: sam.id, taskId: 'a1', staffId: 's1', now: NOW };
		expect(withdrawAssignment(db, { ...input, patientId: kim.id })).toBe('not-found');
		expect(withdrawAssignment(db, { ...input, taskId: 'nope' })).toBe('not-found');
		expect(withdrawAssignment(db, input)).toBe('withdrawn');
		expect(withdrawAssignment(db, input)).toBe('already');
		const device = enrolTestDevice(db, sam);
		const search = handleSearch(db, 'Task', new URLSearchParams(), {
			auth: device.auth,
			now: NOW,
			fhirBase: 'https://pain.example/fhir'
		});
		const [task] = (search.body as { entry: { resource: Record<string, any> }[] }).entry;
		expect(task?.resource).toMatchObject({ status: 'cancelled', meta: { versionId: '2' } });
		expect(listAuditEvents(db, { action: 'questionnaire.assignment.withdraw' })).toHaveLength(1);
	});
});
