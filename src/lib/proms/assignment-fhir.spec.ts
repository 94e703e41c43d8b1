import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fhirErrors } from '$lib/server/fhir/testing';
import {
	assignmentFromTask,
	assignmentToTask,
	COMPLETE_QUESTIONNAIRE,
	TASK_CODE_SYSTEM,
	type Assignment
} from './assignment-fhir';

const ASSIGNMENT: Assignment = {
	id: '2b0c6a8e-4d7f-4f0e-9a51-6c3d2e1f0a9b',
	patientId: '6b1f3c1e-8d0a-4d55-9a57-3e2f0c1d2b4a',
	questionnaire: { url: 'https://fhir.tend.example/Questionnaire/phq-9', version: '1.0.0' },
	assignedOn: '2026-03-02',
	dueOn: '2026-03-16',
	status: 'requested'
};

const day = fc
	.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z') })
	.filter((date) => !Number.isNaN(date.getTime()))
	.map((date) => date.toISOString().slice(0, 10));

const anyAssignment = fc.record<Assignment>({
	id: fc.uuid(),
	patientId: fc.uuid(),
	questionnaire: fc.record({
		url: fc.constantFrom(
			'https://fhir.tend.example/Questionnaire/phq-9',
			'https://fhir.tend.example/Questionnaire/bpi-sf'
		),
		version: fc.constantFrom('1.0.0', '2.1', '0.0.0-fixture')
	}),
	assignedOn: day,
	dueOn: day,
	status: fc.constantFrom('requested' as const, 'cancelled' as const)
});

describe('assignmentToTask', () => {
	it('writes the Task of docs/api.md, valid R4', () => {
		const task = assignmentToTask(ASSIGNMENT);
		expect(task).toEqual({
			resourceType: 'Task',
			id: ASSIGNMENT.id,
			status: 'requested',
			intent: 'order',
			code: { coding: [{ system: TASK_CODE_SYSTEM, code: COMPLETE_QUESTIONNAIRE }] },
			for: { reference: `Patient/${ASSIGNMENT.patientId}` },
			authoredOn: '2026-03-02',
			restriction: { period: { end: '2026-03-16' } },
			input: [
				{
					type: { text: 'questionnaire' },
					valueCanonical: 'https://fhir.tend.example/Questionnaire/phq-9|1.0.0'
				}
			]
		});
		expect(fhirErrors(task)).toEqual([]);
	});

	it('writes a withdrawn assignment as a cancelled Task', () => {
		expect(assignmentToTask({ ...ASSIGNMENT, status: 'cancelled' }).status).toBe('cancelled');
	});
});

describe('assignmentFromTask', () => {
	it('reads back every assignment it wrote, unchanged, and each Task is valid R4', () => {
		fc.assert(
			fc.property(anyAssignment, (assignment) => {
				const task = assignmentToTask(assignment);
				expect(assignmentFromTask(task)).toEqual(assignment);
				expect(fhirErrors(task)).toEqual([]);
			}),
			{ numRuns: 50 }
		);
	});

	it('reads the Task as the service stores it (with meta) and dates given as dateTimes', () => {
		const task = {
			...assignmentToTask(ASSIGNMENT),
			meta: { versionId: '2', lastUpdated: '2026-03-02T10:00:00.000Z' },
			authoredOn: '2026-03-02T10:00:00+00:00',
			restriction: { period: { end: '2026-03-16T23:59:59+00:00' } }
		};
		expect(assignmentFromTask(task)).toEqual(ASSIGNMENT);
	});

	const task = () => assignmentToTask(ASSIGNMENT) as Record<string, unknown>;
	it.each<[string, Record<string, unknown>]>([
		['another resource type', { ...task(), resourceType: 'ServiceRequest' }],
		[
			'a PIFU triage Task (another code)',
			{ ...task(), code: { coding: [{ system: TASK_CODE_SYSTEM, code: 'triage' }] } }
		],
		['no code', { ...task(), code: undefined }],
		['a status Tend does not act on', { ...task(), status: 'in-progress' }],
		['an intent other than order', { ...task(), intent: 'proposal' }],
		['no id', { ...task(), id: undefined }],
		['no patient', { ...task(), for: { reference: 'Group/1' } }],
		['no assigned date', { ...task(), authoredOn: undefined }],
		[
			'a due date that is not a date',
			{ ...task(), restriction: { period: { end: '2026-02-30' } } }
		],
		['no due date', { ...task(), restriction: undefined }],
		[
			'a questionnaire without its version',
			{
				...task(),
				input: [{ type: { text: 'questionnaire' }, valueCanonical: ASSIGNMENT.questionnaire.url }]
			}
		],
		['no questionnaire input', { ...task(), input: [] }],
		['not an object', null as unknown as Record<string, unknown>]
	])('gives null for %s', (_, resource) => {
		expect(assignmentFromTask(resource)).toBeNull();
	});
});
