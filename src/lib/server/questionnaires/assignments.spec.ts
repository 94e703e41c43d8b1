import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyCarePlan } from '$lib/careplan/types';
import type { Assignment } from '$lib/proms/assignment-fhir';
import { listAuditEvents } from '../audit/audit';
import { publishCarePlan } from '../careplans/careplans';
import { handleSearch } from '../fhir/read-search';
import { addTestPatient, enrolTestDevice, TEST_NHS_NUMBERS } from '../patients/testing';
import type { Db } from '../store/open-store';
import { addTestStaff, openTestStore } from '../staff/test-store';
import { createAssignment, listAssignments, withdrawAssignment } from './assignments';

const NOW = new Date('2026-03-02T09:00:00Z');
const PHQ9 = { url: 'https://fhir.tend.example/Questionnaire/phq-9', version: '1.0.0' };
const GAD7 = { url: 'https://fhir.tend.example/Questionnaire/gad-7', version: '1.0.0' };
let db: Db;
let dispose: () => void;
beforeEach(() => {
	({ db, dispose } = openTestStore());
	addTestStaff(db);
});
afterEach(() => dispose());

const create = (assignment: Omit<Assignment, 'status'>) =>
	createAssignment(db, { ...assignment, status: 'requested' }, { staffId: 's1', now: NOW });

describe('listAssignments', () => {
	it('gives each assignment its status as the app works it out, newest first', () => {
		const patientId = addTestPatient(db).id;
		const on = (assignedOn: string, dueOn: string) => ({ patientId, assignedOn, dueOn });
		create({ id: 'a1', questionnaire: PHQ9, ...on('2026-03-01', '2026-03-05') }); // done
		create({ id: 'a2', questionnaire: GAD7, ...on('2026-03-01', '2026-03-03') }); // withdrawn
		create({ id: 'a3', questionnaire: PHQ9, ...on('2026-03-02', '2026-03-20') }); // to do
		withdrawAssignment(db, { patientId, taskId: 'a2', staffId: 's1', now: NOW });
		// Completed on 1 March: it answers a1, which was open then, not a3, which opened later.
		const responses = [{ questionnaire: PHQ9.url, authored: '2026-03-01T10:00:00Z' }];
		const list = listAssignments(db, patientId, {
			now: new Date('2026-03-04T09:00:00Z'),
			responses
		});
		expect(list.map((view) => [view.assignment.id, view.status, view.doneAt, view.title])).toEqual([
			['a3', 'due', null, 'Patient Health Questionnaire (PHQ-9)'],
			['a1', 'done', '2026-03-01T10:00:00Z', 'Patient Health Questionnaire (PHQ-9)'],
			['a2', 'withdrawn', null, 'Generalized Anxiety Disorder 7-item scale (GAD-7)']
		]);
		const later = listAssignments(db, patientId, {
			now: new Date('2026-03-21T09:00:00Z'),
			responses
		});
		expect(later.find((view) => view.assignment.id === 'a3')?.status).toBe('overdue');
	});

	it('counts a response for the occasion the phone counts it for, from the care plan', () => {
		const patientId = addTestPatient(db).id;
		create({
			id: 'a1',
			patientId,
			questionnaire: PHQ9,
			assignedOn: '2026-02-20',
			dueOn: '2026-03-20'
		});
		const responses = [{ questionnaire: PHQ9.url, authored: '2026-03-02T10:00:00Z' }];
		const status = () => listAssignments(db, patientId, { now: NOW, responses })[0]?.status;
		expect(status()).toBe('done');
		// The plan's baseline of PHQ-9 opened on 1 March, after the assignment: the phone
		// counts the response of 2 March for the baseline, so the assignment is still to do.
		const content = {
			...emptyCarePlan(),
			startedOn: '2026-03-01',
			standardQuestionnaires: [PHQ9.url]
		};
		const author = { id: 's1', email: 'sam@example.nhs.uk', name: 'Sam Clinician' };
		publishCarePlan(db, { patientId, content, author, baseVersion: null, now: NOW });
		expect(status()).toBe('due');
	});
});

describe('withdrawAssignment', () => {
	it('withdraws once (a cancelled Task the device pulls), audited; never another patient’s', () => {
		const sam = addTestPatient(db);
		const kim = addTestPatient(db, { nhsNumber: TEST_NHS_NUMBERS[1] });
		create({
			id: 'a1',
			patientId: sam.id,
			questionnaire: PHQ9,
			assignedOn: '2026-03-02',
			dueOn: '2026-03-16'
		});
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
		const [task] = (search.body as { entry: { resource: Record<string, unknown> }[] }).entry;
		expect(task?.resource).toMatchObject({ status: 'cancelled', meta: { versionId: '2' } });
		expect(listAuditEvents(db, { action: 'questionnaire.assignment.withdraw' })).toMatchObject([
			{ actorId: 's1', resourceType: 'Task', resourceId: 'a1', detail: { patientId: sam.id } }
		]);
	});
});
