import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readQuestionnaire } from '$lib/proms/definition';
import type { QuestionnaireDefinition } from '$lib/proms/types';
import { listAuditEvents } from '../audit/audit';
import { insertResource } from '../fhir/resource-repo';
import { addTestPatient } from '../patients/testing';
import type { Db } from '../store/open-store';
import { addTestStaff, openTestStore } from '../staff/test-store';
import { readPatientQuestionnaires } from './patient-questionnaires';
import { patientResponses } from './responses';
import { groupResults } from './results';
import { markReviewed, patientReviews } from './reviews';
import {
	answersByValue,
	bundled,
	licensedFixture,
	phq9Answers,
	storeResponse
} from './test-support';

const NOW = new Date('2026-04-01T12:00:00Z');
let db: Db;
let dispose: () => void;
beforeEach(() => {
	({ db, dispose } = openTestStore());
	addTestStaff(db, { id: 's1', name: 'Priya Shah' });
});
afterEach(() => dispose());

const results = (patientId: string) =>
	groupResults(patientResponses(db, patientId).responses, patientReviews(db, patientId));

describe('groupResults', () => {
	it('gives per instrument the rows newest first, baseline against latest and the trend', () => {
		const sam = addTestPatient(db);
		const phq9 = (values: number[], authored: string) =>
			storeResponse(db, {
				patientId: sam.id,
				definition: bundled('phq-9'),
				answers: phq9Answers(values),
				authored
			});
		const first = phq9([3, 3, 2, 2, 2, 2, 2, 2, 1], '2026-01-05T09:00:00Z'); // 19, item 9 flagged
		phq9([2, 2, 2, 1, 1, 1, 1, 1, 0], '2026-02-05T09:00:00Z'); // 11
		const last = phq9([1, 1, 1, 1, 1, 1, 1, 1, 0], '2026-03-05T09:00:00Z'); // 8
		storeResponse(db, {
			patientId: sam.id,
			definition: bundled('gad-7'),
			answers: answersByValue(
				bundled('gad-7'),
				Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`gad7-${i + 1}`, 2]))
			),
			authored: '2026-03-05T09:05:00Z'
		});

		const [phq, gad] = results(sam.id);
		expect(phq).toMatchObject({
			instrument: 'phq-9',
			title: 'Patient Health Questionnaire (PHQ-9)',
			scoreIds: ['total']
		});
		expect(
			phq?.rows.map((row) => [row.authored.slice(0, 10), row.scores[0]?.value, row.flags])
		).toEqual([
			['2026-03-05', 8, []],
			['2026-02-05', 11, []],
			['2026-01-05', 19, ['safety-netting']]
		]);
		expect(phq?.rows[2]).toMatchObject({
			id: first.id,
			needsAttention: true,
			review: null,
			hasDefinition: true,
			scores: [
				{ id: 'total', value: 19, code: null, band: 'proms:band.phq9.moderately_severe.name' }
			]
		});
		expect(phq?.comparison).toEqual({
			baseline: { id: first.id, authored: '2026-01-05T09:00:00Z', codes: {} },
			latest: { id: last.id, authored: '2026-03-05T09:00:00Z', codes: {} },
			changes: [
				{ scoreId: 'total', from: 19, to: 8, delta: -11, direction: 'better', meaningful: true }
			]
		});
		expect(
			phq?.trend.map((line) => [line.scale.scoreId, line.points.map((p) => [p.at, p.value])])
		).toEqual([
			[
				'total',
				[
					['2026-01-05T09:00:00Z', 19],
					['2026-02-05T09:00:00Z', 11],
					['2026-03-05T09:00:00Z', 8]
				]
			]
		]);
		expect(phq?.trend[0]?.summary).toMatchObject({
			kind: 'change',
			direction: 'better',
			meaningful: true
		});
		expect(gad).toMatchObject({ instrument: 'gad-7', comparison: null });
		expect(gad?.rows[0]?.flags).toEqual(['gad7-assessment']);
	});

	it('keeps a reviewed flag on its row, with who reviewed it and when', () => {
		const sam = addTestPatient(db);
		const flagged = storeResponse(db, {
			patientId: sam.id,
			definition: bundled('phq-9'),
			answers: phq9Answers([0, 0, 0, 0, 0, 0, 0, 0, 1]),
			authored: '2026-03-05T09:00:00Z',
			flags: ['safety-netting']
		});
		markReviewed(db, { patientId: sam.id, responseId: flagged.id, staffId: 's1', now: NOW });
		expect(results(sam.id)[0]?.rows[0]).toMatchObject({
			flags: ['safety-netting'],
			review: { by: { name: 'Priya Shah' }, at: NOW.toISOString() }
		});
	});

	it('shows the EQ-5D-5L profile and VAS, the profile compared by Pareto only', () => {
		const sam = addTestPatient(db);
		const fixture = licensedFixture('eq-5d-5l');
		insertResource(db, { resource: fixture, patientId: null, now: NOW });
		const result = readQuestionnaire(fixture) as { definition: QuestionnaireDefinition };
		const eq = (levels: number[], vas: number, authored: string) =>
			storeResponse(db, {
				patientId: sam.id,
				definition: result.definition,
				answers: answersByValue(result.definition, {
					'eq5d-mobility': levels[0]!,
					'eq5d-self-care': levels[1]!,
					'eq5d-usual-activities': levels[2]!,
					'eq5d-pain-discomfort': levels[3]!,
					'eq5d-anxiety-depression': levels[4]!,
					'eq5d-vas': vas
				}),
				authored
			});
		eq([2, 1, 1, 4, 3], 50, '2026-01-05T09:00:00Z');
		eq([1, 1, 1, 3, 2], 65, '2026-03-05T09:00:00Z');
		const [eq5d] = results(sam.id);
		expect(eq5d?.rows[0]?.scores).toEqual([
			{ id: 'profile', value: null, code: '11132', band: null },
			{ id: 'vas', value: 65, code: null, band: null }
		]);
		expect(eq5d?.comparison).toMatchObject({
			baseline: { codes: { profile: '21143' } },
			latest: { codes: { profile: '11132' } },
			changes: [
				{ scoreId: 'profile', direction: 'better', meaningful: null },
				{ scoreId: 'vas', from: 50, to: 65, delta: 15, direction: 'better', meaningful: null }
			]
		});
		expect(
			eq5d?.trend.map((line) => [line.scale.scoreId, line.points.map((p) => p.value)])
		).toEqual([['vas', [50, 65]]]);
	});

	it('lists a response to a definition the service does not hold, without scores', () => {
		const sam = addTestPatient(db);
		storeResponse(db, {
			patientId: sam.id,
			definition: { ...bundled('phq-9'), version: '9.9.9' },
			answers: phq9Answers([0, 0, 0, 0, 0, 0, 0, 0, 0]),
			authored: '2026-03-05T09:00:00Z'
		});
		expect(results(sam.id)[0]).toMatchObject({
			scoreIds: [],
			rows: [{ scores: [], hasDefinition: false }],
			comparison: null
		});
	});
});

describe('readPatientQuestionnaires', () => {
	it('is audited as this member of staff seeing the patient’s results', () => {
		const sam = addTestPatient(db);
		const page = readPatientQuestionnaires(db, sam.id, { staffId: 's1', now: NOW });
		expect(page).toMatchObject({
			patient: { id: sam.id, name: 'Sam Jones', nhsNumber: '943 476 5919' },
			attention: [],
			results: [],
			unreadable: 0,
			assignments: []
		});
		expect(page?.available).toHaveLength(6);
		expect(page?.unavailable.map((each) => each.reason)).toEqual([
			'no-licence',
			'no-licence',
			'no-licence'
		]);
		expect(listAuditEvents(db, { action: 'questionnaire.results.read' })).toMatchObject([
			{ actorId: 's1', resourceType: 'Patient', resourceId: sam.id, detail: { responses: 0 } }
		]);
		expect(readPatientQuestionnaires(db, 'nobody', { staffId: 's1', now: NOW })).toBeNull();
	});
});
