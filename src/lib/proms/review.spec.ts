import { describe, expect, it } from 'vitest';
import { reviewRows } from './review';
import { fullResponse, fixtureDefinition } from './test-support';

const definition = fixtureDefinition('all-types');

describe('reviewRows', () => {
	const rows = reviewRows(definition, fullResponse().answers, { language: 'en', locale: 'en-GB' });
	const row = (linkId: string) => rows.find((candidate) => candidate.linkId === linkId);

	it('lists every question asked, in order, with its prefix', () => {
		expect(rows.map((candidate) => candidate.linkId)).toEqual([
			'mood.1',
			'mood.2',
			'mood.2.call',
			'pain',
			'pain.worse',
			'pain.detail',
			'weight',
			'started',
			'helps',
			'sleep',
			'sleep.hours'
		]);
		expect(row('mood.1')).toMatchObject({ prefix: '1.', question: 'Placeholder item 1' });
	});

	it('shows each type of answer as it reads', () => {
		expect(row('mood.1')?.answer).toEqual({ kind: 'instrument', text: 'More than half the days' });
		expect(row('mood.2.call')?.answer).toEqual({ kind: 'key', key: 'proms:answer.yes' });
		expect(row('sleep')?.answer).toEqual({ kind: 'key', key: 'proms:answer.no' });
		expect(row('pain')?.answer).toEqual({ kind: 'typed', text: '8' });
		expect(row('weight')?.answer).toEqual({ kind: 'typed', text: '71.5' });
		expect(row('started')?.answer).toEqual({ kind: 'typed', text: '3 November 2025' });
		expect(row('pain.detail')?.answer).toEqual({
			kind: 'typed',
			text: 'Worse at night,\nbetter with heat'
		});
		expect(row('helps')?.answer?.kind).toBe('instrument');
		expect((row('helps')?.answer as { text: string }).text).toContain(', ');
	});

	it('writes numbers and dates in the app’s language, the options in the instrument’s', () => {
		const polish = reviewRows(definition, fullResponse().answers, { language: 'en', locale: 'pl' });
		expect(polish.find((candidate) => candidate.linkId === 'weight')?.answer).toEqual({
			kind: 'typed',
			text: '71,5'
		});
		expect(polish[0]?.answer).toEqual({ kind: 'instrument', text: 'More than half the days' });
		const welsh = reviewRows(definition, fullResponse().answers, { language: 'cy', locale: 'cy' });
		expect(welsh[0]?.answer).toEqual({ kind: 'instrument', text: 'Mwy na hanner y dyddiau' });
	});

	it('marks a question not answered', () => {
		const empty = reviewRows(definition, {}, { language: 'en', locale: 'en-GB' });
		expect(empty[0]).toMatchObject({ answer: null, required: true });
	});
});
