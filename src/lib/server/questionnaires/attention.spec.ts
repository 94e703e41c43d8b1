import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAuditEvents } from '../audit/audit';
import { addTestPatient, TEST_NHS_NUMBERS } from '../patients/testing';
import type { Db } from '../store/open-store';
import { addTestStaff, openTestStore } from '../staff/test-store';
import { attentionList, needsAttention } from './attention';
import { markReviewed, patientReviews } from './reviews';
import { bundled, phq9Answers, storeResponse } from './test-support';

const NOW = new Date('2026-03-03T12:00:00Z');
let db: Db;
let dispose: () => void;
beforeEach(() => {
	({ db, dispose } = openTestStore());
	addTestStaff(db, { id: 's1', name: 'Priya Shah' });
});
afterEach(() => dispose());

const flagged = [0, 0, 0, 0, 0, 0, 0, 0, 2];
const calm = [1, 0, 0, 0, 0, 0, 0, 0, 0];
const respond = (patientId: string, values: number[], authored: string, tagged = true) =>
	storeResponse(db, {
		patientId,
		definition: bundled('phq-9'),
		answers: phq9Answers(values),
		authored,
		flags: tagged && values[8]! > 0 ? ['safety-netting'] : []
	});

describe('needsAttention', () => {
	it('lists unreviewed flagged responses of every patient, newest first, with name and date', () => {
		const sam = addTestPatient(db);
		const kim = addTestPatient(db, {
			nhsNumber: TEST_NHS_NUMBERS[1],
			givenName: 'Kim',
			familyName: 'Ali'
		});
		const older = respond(sam.id, flagged, '2026-03-01T08:00:00Z');
		respond(sam.id, calm, '2026-03-02T08:00:00Z');
		// Not tagged by its device, but item 9 says it needs attention all the same.
		const newer = respond(kim.id, flagged, '2026-03-02T18:00:00Z', false);
		storeResponse(db, {
			patientId: kim.id,
			definition: bundled('gad-7'),
			answers: {},
			authored: '2026-03-03T08:00:00Z'
		});
		expect(needsAttention(db)).toEqual([
			{
				responseId: newer.id,
				patientId: kim.id,
				patientName: 'Kim Ali',
				title: 'Patient Health Questionnaire (PHQ-9)',
				authored: '2026-03-02T18:00:00Z',
				item9Answer: 'More than half the days'
			},
			expect.objectContaining({ responseId: older.id, patientName: 'Sam Jones' })
		]);
		expect(needsAttention(db, { patientId: sam.id }).map((item) => item.responseId)).toEqual([
			older.id
		]);
	});

	it('drops a response once reviewed; the review says who and when, and is audited once', () => {
		const sam = addTestPatient(db);
		const response = respond(sam.id, flagged, '2026-03-01T08:00:00Z');
		const review = { patientId: sam.id, responseId: response.id, staffId: 's1', now: NOW };
		const expected = { by: { id: 's1', name: 'Priya Shah' }, at: NOW.toISOString() };
		expect(markReviewed(db, review)).toEqual({ status: 'reviewed', review: expected });
		expect(needsAttention(db)).toEqual([]);
		expect(patientReviews(db, sam.id).get(response.id)).toEqual(expected);

		const later = new Date('2026-03-04T12:00:00Z');
		expect(markReviewed(db, { ...review, now: later })).toEqual({
			status: 'already',
			review: expected
		});
		expect(listAuditEvents(db, { action: 'questionnaire-response.review' })).toMatchObject([
			{
				actorType: 'staff',
				actorId: 's1',
				at: NOW.toISOString(),
				resourceType: 'QuestionnaireResponse',
				resourceId: response.id,
				detail: { patientId: sam.id }
			}
		]);
	});

	it('refuses to review a response that is not flagged, unknown, or another patient’s', () => {
		const sam = addTestPatient(db);
		const kim = addTestPatient(db, { nhsNumber: TEST_NHS_NUMBERS[1], givenName: 'Kim' });
		const calmResponse = respond(sam.id, calm, '2026-03-01T08:00:00Z');
		const kims = respond(kim.id, flagged, '2026-03-01T08:00:00Z');
		const review = (patientId: string, responseId: string) =>
			markReviewed(db, { patientId, responseId, staffId: 's1', now: NOW });
		expect(review(sam.id, calmResponse.id)).toEqual({ status: 'not-found' });
		expect(review(sam.id, 'no-such-response')).toEqual({ status: 'not-found' });
		expect(review(sam.id, kims.id)).toEqual({ status: 'not-found' });
		expect(needsAttention(db)).toHaveLength(1);
		expect(listAuditEvents(db, { action: 'questionnaire-response.review' })).toEqual([]);
	});
});

describe('attentionList', () => {
	it('records one look at the list, with how many and whose', () => {
		const sam = addTestPatient(db);
		respond(sam.id, flagged, '2026-03-01T08:00:00Z');
		expect(attentionList(db, { staffId: 's1', now: NOW })).toHaveLength(1);
		expect(listAuditEvents(db, { action: 'questionnaire.attention.list' })).toMatchObject([
			{ actorId: 's1', detail: { count: 1, patientIds: [sam.id] } }
		]);
	});
});
