import { describe, expect, it } from 'vitest';
import type { AvailableQuestionnaire } from './library';
import { buildOverview } from './overview';
import type { ScheduledQuestionnaire } from './schedule';
import type { StoredResponse } from './stored-response';
import { definitionOf } from './test-support';

const BASE = 'https://fhir.tend.example/Questionnaire/';
const offered = (slug: string): AvailableQuestionnaire => ({
	slug,
	source: 'bundled',
	definition: {
		...definitionOf([{ linkId: 'a', type: 'integer', text: 'A' }]),
		url: `${BASE}${slug}`,
		title: { text: slug.toUpperCase(), translations: {} }
	}
});

function scheduled(
	slug: string,
	status: ScheduledQuestionnaire['status'],
	dueBy: string,
	key = `baseline:${slug}:${dueBy}`
): ScheduledQuestionnaire {
	return {
		key,
		questionnaire: `${BASE}${slug}`,
		occasion: 'baseline',
		opensOn: '2026-04-01',
		dueBy,
		closesOn: null,
		status,
		doneAt: null
	};
}

function response(
	id: string,
	slug: string,
	status: 'in-progress' | 'completed',
	authored: string | null
): StoredResponse {
	return {
		id,
		questionnaire: { url: `${BASE}${slug}`, version: '1' },
		status,
		authored,
		language: 'en-GB',
		answers: {},
		startedAt: '2026-04-01T09:00:00.000Z',
		updatedAt: '2026-04-01T09:00:00.000Z',
		scores:
			status === 'completed'
				? {
						instrument: 'phq-9',
						scores: [{ id: 'total', value: 12, band: null, loinc: null, missing: [] }],
						flags: ['phq9-item9']
					}
				: null,
		flags: status === 'completed' ? ['safety-netting'] : [],
		occasion: null,
		scoreIds: {}
	};
}

describe('buildOverview', () => {
	const available = [offered('phq-9'), offered('gad-7'), offered('peg-3')];

	it('lists what is to do, overdue first then by due date, with drafts marked', () => {
		const overview = buildOverview({
			scheduled: [
				scheduled('phq-9', 'due', '2026-04-20'),
				scheduled('gad-7', 'due', '2026-04-15'),
				scheduled('peg-3', 'overdue', '2026-04-10'),
				scheduled('phq-9', 'done', '2026-01-10'),
				scheduled('phq-9', 'missed', '2026-01-11')
			],
			available,
			responses: [response('d1', 'phq-9', 'in-progress', null)]
		});
		expect(overview.toDo.map((i) => [i.slug, i.status, i.hasDraft])).toEqual([
			['peg-3', 'overdue', false],
			['gad-7', 'due', false],
			['phq-9', 'due', true]
		]);
		expect(overview.anyTime.map((i) => [i.slug, i.hasDraft])).toEqual([
			['phq-9', true],
			['gad-7', false],
			['peg-3', false]
		]);
	});

	it('leaves out what this device cannot offer, and lists what is coming up', () => {
		const overview = buildOverview({
			scheduled: [
				scheduled('bpi-sf', 'due', '2026-04-20'),
				scheduled('phq-9', 'upcoming', '2026-09-20'),
				scheduled('gad-7', 'upcoming', '2026-08-20')
			],
			available,
			responses: []
		});
		expect(overview.toDo).toEqual([]);
		expect(overview.upcoming.map((i) => i.slug)).toEqual(['phq-9', 'gad-7']);
	});

	it('lists completed responses newest first with their headline score', () => {
		const overview = buildOverview({
			scheduled: [],
			available,
			responses: [
				response('r1', 'phq-9', 'completed', '2026-04-02T09:00:00.000Z'),
				response('r2', 'phq-9', 'completed', '2026-04-09T09:00:00.000Z'),
				response('d1', 'gad-7', 'in-progress', null)
			]
		});
		expect(overview.done.map((i) => [i.id, i.headline?.value, i.title?.text])).toEqual([
			['r2', 12, 'PHQ-9'],
			['r1', 12, 'PHQ-9']
		]);
	});
});
