import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scoreResponse } from '$lib/proms/score-response';
import { insertResource } from '../fhir/resource-repo';
import { addTestPatient } from '../patients/testing';
import type { Db } from '../store/open-store';
import { openTestStore } from '../staff/test-store';
import { answerText, ITEM_9, patientResponses } from './responses';
import { answersByValue, bundled, phq9Answers, storeResponse } from './test-support';

let db: Db;
let dispose: () => void;
beforeEach(() => ({ db, dispose } = openTestStore()));
afterEach(() => dispose());

const phq9 = () => bundled('phq-9');

describe('patientResponses', () => {
	it('scores each response as the app does, oldest first', () => {
		const sam = addTestPatient(db);
		const later = phq9Answers([2, 2, 2, 2, 2, 2, 2, 2, 0]);
		const earlier = answersByValue(bundled('peg-3'), {
			'peg-pain': 7,
			'peg-enjoyment': 6,
			'peg-activity': 5
		});
		storeResponse(db, {
			patientId: sam.id,
			definition: phq9(),
			answers: later,
			authored: '2026-03-02T09:00:00Z'
		});
		storeResponse(db, {
			patientId: sam.id,
			definition: bundled('peg-3'),
			answers: earlier,
			authored: '2026-03-01T09:00:00Z'
		});
		const { responses, unreadable } = patientResponses(db, sam.id);
		expect(unreadable).toBe(0);
		expect(responses.map((r) => r.read.questionnaire.url.split('/').at(-1))).toEqual([
			'peg-3',
			'phq-9'
		]);
		expect(responses[0]?.result).toEqual(scoreResponse(bundled('peg-3'), earlier));
		expect(responses[1]?.result).toEqual(scoreResponse(phq9(), later));
		expect(responses[1]?.result?.scores[0]?.value).toBe(16);
		expect(responses.map((r) => r.needsAttention)).toEqual([false, false]);
	});

	it('needs attention when the device flagged it, whatever the answers say', () => {
		const sam = addTestPatient(db);
		storeResponse(db, {
			patientId: sam.id,
			definition: phq9(),
			answers: phq9Answers([0, 0, 0, 0, 0, 0, 0, 0, 0]),
			authored: '2026-03-02T09:00:00Z',
			flags: ['safety-netting']
		});
		expect(patientResponses(db, sam.id).responses[0]?.needsAttention).toBe(true);
	});

	it('needs attention when item 9 is above "Not at all" even if the device did not flag it', () => {
		const sam = addTestPatient(db);
		storeResponse(db, {
			patientId: sam.id,
			definition: phq9(),
			answers: phq9Answers([0, 0, 0, 0, 0, 0, 0, 0, 1]),
			authored: '2026-03-02T09:00:00Z'
		});
		const [response] = patientResponses(db, sam.id).responses;
		expect(response?.needsAttention).toBe(true);
		expect(answerText(response!, ITEM_9)).toBe('Several days');
	});

	it('keeps a response to a version the service does not hold, unscored but flagged', () => {
		const sam = addTestPatient(db);
		storeResponse(db, {
			patientId: sam.id,
			definition: { ...phq9(), version: '9.9.9' },
			answers: phq9Answers([0, 0, 0, 0, 0, 0, 0, 0, 3]),
			authored: '2026-03-02T09:00:00Z',
			flags: ['safety-netting']
		});
		const [response] = patientResponses(db, sam.id).responses;
		expect(response).toMatchObject({ definition: null, result: null, needsAttention: true });
		expect(answerText(response!, ITEM_9)).toBe('LA6571-9');
	});

	it('counts a response Tend cannot read, and only the patient’s own', () => {
		const sam = addTestPatient(db);
		const other = addTestPatient(db, { nhsNumber: '9434765870', givenName: 'Kim' });
		insertResource(db, {
			resource: { resourceType: 'QuestionnaireResponse', status: 'in-progress' },
			patientId: sam.id,
			now: new Date('2026-03-02T09:00:00Z')
		});
		storeResponse(db, {
			patientId: other.id,
			definition: phq9(),
			answers: phq9Answers([1, 1, 1, 1, 1, 1, 1, 1, 1]),
			authored: '2026-03-02T09:00:00Z'
		});
		expect(patientResponses(db, sam.id)).toEqual({ responses: [], unreadable: 1 });
	});
});
