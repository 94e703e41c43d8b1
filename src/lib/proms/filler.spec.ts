import { describe, expect, it } from 'vitest';
import {
	contextOf,
	fillHref,
	screenParam,
	nextScreen,
	previousScreen,
	questionContexts,
	resumeScreen,
	screenAt,
	type Screen
} from './filler';
import { textIn } from './subset';
import { bundledDefinition, fixtureDefinition } from './test-support';
import type { Answer, Answers } from './types';

const definition = fixtureDefinition('all-types');
const S = 'urn:tend:test';
const loinc = (code: string): Answer => ({ kind: 'coding', system: 'http://loinc.org', code });
const int = (value: number): Answer => ({ kind: 'integer', value });
const q = (linkId: string): Screen => ({ kind: 'question', linkId });
const review: Screen = { kind: 'review' };

describe('resumeScreen', () => {
	it('opens a new draft on the first question', () => {
		expect(resumeScreen(definition, {})).toEqual(q('mood.1'));
	});

	it('opens a draft on its first unanswered question', () => {
		const answers: Answers = { 'mood.1': [loinc('LA6568-5')] };
		expect(resumeScreen(definition, answers)).toEqual(q('mood.2'));
	});

	it('opens on the review when every question asked has an answer', () => {
		const phq9 = bundledDefinition('phq-9');
		const answers = Object.fromEntries(
			Array.from({ length: 9 }, (_, i) => [`phq9-${i + 1}`, [loinc('LA6568-5')]])
		);
		expect(resumeScreen(phq9, answers)).toEqual(review);
	});
});

describe('screenAt', () => {
	it('shows the question or review the address names', () => {
		expect(screenAt(definition, {}, 'pain')).toEqual(q('pain'));
		expect(screenAt(definition, {}, 'review')).toEqual(review);
	});

	it('never shows a question that is hidden with these answers', () => {
		expect(screenAt(definition, {}, 'pain.worse')).toEqual(q('mood.1'));
		expect(screenAt(definition, { pain: [int(8)] }, 'pain.worse')).toEqual(q('pain.worse'));
	});

	it('resumes when the address names nothing, or something unknown', () => {
		expect(screenAt(definition, {}, null)).toEqual(q('mood.1'));
		expect(screenAt(definition, {}, 'nope')).toEqual(q('mood.1'));
	});
});

describe('nextScreen and previousScreen', () => {
	it('goes through the questions asked, then to the review', () => {
		expect(nextScreen(definition, {}, 'mood.1')).toEqual(q('mood.2'));
		expect(nextScreen(definition, {}, 'pain')).toEqual(q('weight'));
		expect(nextScreen(definition, {}, 'sleep')).toEqual(review);
	});

	it('asks a question as soon as an answer shows it', () => {
		expect(nextScreen(definition, { pain: [int(7)] }, 'pain')).toEqual(q('pain.worse'));
	});

	it('goes back through the questions asked, and back from the review to the last', () => {
		expect(previousScreen(definition, {}, q('mood.1'))).toBeNull();
		expect(previousScreen(definition, {}, q('weight'))).toEqual(q('pain'));
		expect(previousScreen(definition, { pain: [int(9)] }, q('weight'))).toEqual(q('pain.worse'));
		expect(previousScreen(definition, {}, review)).toEqual(q('sleep'));
	});

	it('after a change from the review, asks only what has no answer, then returns', () => {
		const answers: Answers = {
			'mood.1': [loinc('LA6568-5')],
			'mood.2': [{ kind: 'coding', system: S, code: 'a0' }],
			pain: [int(8)],
			weight: [{ kind: 'decimal', value: 70 }]
		};
		expect(nextScreen(definition, answers, 'pain', true)).toEqual(q('pain.worse'));
		expect(nextScreen(definition, { ...answers, pain: [int(2)] }, 'pain', true)).toEqual(
			q('started')
		);
		const all = { ...answers, pain: [int(2)], started: [], helps: [], sleep: [] };
		expect(
			nextScreen(
				definition,
				{ ...all, started: [{ kind: 'date', value: '2026-01-02' }] },
				'pain',
				true
			)
		).toEqual(q('helps'));
	});
});

describe('questionContexts', () => {
	it('shows group text with each of its questions and display text with the next question', () => {
		const first = contextOf(definition, {}, 'mood.1');
		expect(first?.groups.map((text) => text.text)).toEqual(['Mood']);
		expect(first?.displays.map((item) => item.linkId)).toEqual(['intro']);
		expect(contextOf(definition, {}, 'mood.2')?.displays).toEqual([]);
		expect(contextOf(definition, {}, 'pain')?.groups).toEqual([]);
	});

	it('gives the PHQ-9 stem with every item', () => {
		const phq9 = bundledDefinition('phq-9');
		const { contexts, closing } = questionContexts(phq9, {});
		expect(contexts.slice(0, 9).every((context) => context.groups.length === 1)).toBe(true);
		const stem = contexts[0]?.groups[0];
		expect(stem && textIn(stem, 'en')).toMatch(/^Over the last 2 weeks/);
		expect(closing).toEqual([]);
	});

	it('leaves out hidden questions', () => {
		expect(contextOf(definition, {}, 'pain.worse')).toBeUndefined();
	});
});

describe('fillHref', () => {
	it('keeps the questionnaire and occasion, and names the screen', () => {
		expect(fillHref({ slug: 'phq-9' })).toBe('/questionnaires/fill?q=phq-9');
		expect(
			fillHref({
				slug: 'phq-9',
				occasion: 'baseline:https://x/phq-9',
				at: 'phq9-3',
				isChanging: true
			})
		).toBe(
			'/questionnaires/fill?q=phq-9&occasion=baseline%3Ahttps%3A%2F%2Fx%2Fphq-9&at=phq9-3&change=1'
		);
		expect(screenParam({ kind: 'review' })).toBe('review');
		expect(screenParam({ kind: 'question', linkId: 'a.1' })).toBe('a.1');
	});
});
