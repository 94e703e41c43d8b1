import { describe, expect, it } from 'vitest';
import { enabledAnswers, itemScores, progress, questionsToAsk, visibleItems } from './engine';
import { fixtureDefinition } from './test-support';
import type { Answer, Answers } from './types';

const definition = fixtureDefinition('all-types');
const S = 'urn:tend:test';
const coding = (code: string, system = S): Answer => ({ kind: 'coding', system, code });
const int = (value: number): Answer => ({ kind: 'integer', value });
const linkIds = (answers: Answers) => questionsToAsk(definition, answers).map((q) => q.linkId);

describe('questionsToAsk', () => {
	it('asks the enabled questions in document order, groups opened, display text left out', () => {
		expect(linkIds({})).toEqual([
			'mood.1',
			'mood.2',
			'pain',
			'weight',
			'started',
			'helps',
			'sleep'
		]);
	});

	it('adds a question where it stands once its condition holds', () => {
		expect(linkIds({ 'mood.2': [coding('a1')], pain: [int(9)] })).toEqual([
			'mood.1',
			'mood.2',
			'mood.2.call',
			'pain',
			'pain.worse',
			'weight',
			'started',
			'helps',
			'sleep'
		]);
	});
});

describe('visibleItems', () => {
	it('keeps groups and display text, without hidden items', () => {
		const items = visibleItems(definition, {});
		expect(items.map((item) => item.linkId)).toEqual([
			'intro',
			'mood',
			'pain',
			'weight',
			'started',
			'helps',
			'sleep'
		]);
		const mood = items[1];
		expect(mood?.type === 'group' && mood.items.map((item) => item.linkId)).toEqual([
			'mood.1',
			'mood.2'
		]);
	});
});

describe('progress', () => {
	it('counts over the enabled questions only', () => {
		expect(progress(definition, {}, 'pain')).toEqual({ position: 3, total: 7 });
		expect(progress(definition, { 'mood.2': [coding('a3')] }, 'pain')).toEqual({
			position: 4,
			total: 8
		});
	});

	it('is null for a hidden question or display text', () => {
		expect(progress(definition, {}, 'pain.worse')).toBeNull();
		expect(progress(definition, {}, 'intro')).toBeNull();
	});
});

describe('enabledAnswers', () => {
	it('drops answers to hidden questions, along the chain, and empty answers', () => {
		const answers: Answers = {
			pain: [int(2)],
			'pain.worse': [{ kind: 'string', value: 'Stairs' }],
			'pain.detail': [{ kind: 'string', value: 'More' }],
			weight: []
		};
		expect(enabledAnswers(definition, answers)).toEqual({ pain: [int(2)] });
	});
});

describe('itemScores', () => {
	it('gives ordinal values of chosen options and numbers given, null when missing or hidden', () => {
		const scores = itemScores(definition, {
			'mood.1': [coding('LA6570-1', 'http://loinc.org')],
			pain: [int(4)],
			weight: [{ kind: 'decimal', value: 70.5 }],
			'sleep.hours': [int(6)]
		});
		expect(scores).toEqual({
			'mood.1': 2,
			'mood.2': null,
			pain: 4,
			weight: 70.5,
			'sleep.hours': null
		});
	});

	it('gives nothing for questions that cannot be scored', () => {
		const scores = itemScores(definition, {
			helps: [coding('heat')],
			sleep: [{ kind: 'boolean', value: true }]
		});
		expect(Object.keys(scores)).not.toContain('helps');
		expect(Object.keys(scores)).not.toContain('sleep');
	});

	it('is null for an answer that is not one of the options', () => {
		expect(itemScores(definition, { 'mood.2': [coding('a9')] })['mood.2']).toBeNull();
	});
});
