import { describe, expect, it } from 'vitest';
import { indexOf } from './tree';
import { fixtureDefinition } from './test-support';
import { isCalendarDate, parseInput, validateAnswers, validateQuestion } from './validate';
import { isQuestion, type Answer, type Question } from './types';

const definition = fixtureDefinition('all-types');
const question = (linkId: string): Question => {
	const item = indexOf(definition).byLinkId.get(linkId);
	if (!item || !isQuestion(item)) throw new Error(linkId);
	return item;
};
const S = 'urn:tend:test';
const loinc = (code: string): Answer => ({ kind: 'coding', system: 'http://loinc.org', code });
const keysOf = (linkId: string, answers: Answer[]) =>
	validateQuestion(question(linkId), answers).map((error) => error.key);

describe('validateAnswers', () => {
	it('asks for every required enabled question', () => {
		expect(validateAnswers(definition, {})).toEqual([
			{ linkId: 'mood.1', key: 'proms:validation.required' },
			{ linkId: 'mood.2', key: 'proms:validation.required' },
			{ linkId: 'pain', key: 'proms:validation.required' }
		]);
	});

	it('neither asks for nor checks a hidden question, even a required one with a bad answer', () => {
		const errors = validateAnswers(definition, {
			'mood.1': [loinc('LA6568-5')],
			'mood.2': [{ kind: 'coding', system: S, code: 'a0' }],
			pain: [{ kind: 'integer', value: 3 }],
			'pain.detail': [{ kind: 'integer', value: 99 }]
		});
		expect(errors).toEqual([]);
	});

	it('asks for a required question once it is shown', () => {
		const errors = validateAnswers(definition, {
			'mood.1': [loinc('LA6568-5')],
			'mood.2': [{ kind: 'coding', system: S, code: 'a1' }],
			pain: [{ kind: 'integer', value: 8 }],
			'pain.worse': [{ kind: 'string', value: 'Stairs' }]
		});
		expect(errors.map((error) => error.linkId)).toEqual(['mood.2.call', 'pain.detail']);
	});
});

describe('validateQuestion', () => {
	it.each([
		['pain', [{ kind: 'integer', value: -1 }], 'proms:validation.below_min'],
		['pain', [{ kind: 'integer', value: 11 }], 'proms:validation.above_max'],
		['pain', [{ kind: 'integer', value: 2.5 }], 'proms:validation.not_whole_number'],
		['pain', [{ kind: 'decimal', value: 2 }], 'proms:validation.not_whole_number'],
		['weight', [{ kind: 'decimal', value: 20.4 }], 'proms:validation.below_min'],
		['weight', [{ kind: 'decimal', value: Number.NaN }], 'proms:validation.not_number'],
		['started', [{ kind: 'date', value: '2026-02-30' }], 'proms:validation.not_date'],
		['started', [{ kind: 'string', value: '2026-02-01' }], 'proms:validation.not_date'],
		['mood.1', [loinc('LA0000-0')], 'proms:validation.not_an_option'],
		['mood.1', [{ kind: 'coding', system: S, code: 'LA6568-5' }], 'proms:validation.not_an_option'],
		['mood.1', [loinc('LA6568-5'), loinc('LA6569-3')], 'proms:validation.one_answer'],
		['sleep', [{ kind: 'string', value: 'yes' }], 'proms:validation.not_yes_no'],
		['pain.detail', [{ kind: 'string', value: '   ' }], 'proms:validation.required']
	] as Array<[string, Answer[], string]>)('%s with %j: %s', (linkId, answers, key) => {
		expect(keysOf(linkId, answers)).toEqual([key]);
	});

	it('accepts good answers, including several for a choice that repeats and limits themselves', () => {
		expect(keysOf('pain', [{ kind: 'integer', value: 0 }])).toEqual([]);
		expect(keysOf('pain', [{ kind: 'integer', value: 10 }])).toEqual([]);
		expect(keysOf('weight', [{ kind: 'decimal', value: 20.5 }])).toEqual([]);
		expect(keysOf('started', [{ kind: 'date', value: '2024-02-29' }])).toEqual([]);
		expect(
			keysOf('helps', [
				{ kind: 'coding', system: S, code: 'heat' },
				{ kind: 'coding', code: 'walk' }
			])
		).toEqual([]);
		expect(keysOf('sleep', [])).toEqual([]);
	});

	it('gives the limit with the error', () => {
		expect(validateQuestion(question('pain'), [{ kind: 'integer', value: 11 }])[0]?.values).toEqual(
			{ max: '10' }
		);
	});
});

describe('parseInput', () => {
	it.each([
		['pain', '', { ok: true, answers: [] }],
		['pain', ' 7 ', { ok: true, answers: [{ kind: 'integer', value: 7 }] }],
		['pain', '7.5', { ok: false, key: 'proms:validation.not_whole_number' }],
		['pain', 'seven', { ok: false, key: 'proms:validation.not_whole_number' }],
		['weight', '70.25', { ok: true, answers: [{ kind: 'decimal', value: 70.25 }] }],
		['weight', '70,25', { ok: false, key: 'proms:validation.not_number' }],
		['weight', '٧٠', { ok: true, answers: [{ kind: 'decimal', value: 70 }] }],
		['started', '2026-03-01', { ok: true, answers: [{ kind: 'date', value: '2026-03-01' }] }],
		['started', '1/3/2026', { ok: false, key: 'proms:validation.not_date' }],
		['pain.worse', 'Stairs ', { ok: true, answers: [{ kind: 'string', value: 'Stairs ' }] }]
	])('%s from %j', (linkId, input, expected) => {
		expect(parseInput(question(linkId), input)).toEqual(expected);
	});

	it('reads a decimal comma in a language that writes one (D-027)', () => {
		expect(parseInput(question('weight'), '70,25', 'pl')).toEqual({
			ok: true,
			answers: [{ kind: 'decimal', value: 70.25 }]
		});
		expect(parseInput(question('weight'), '1.500', 'ro')).toEqual({
			ok: false,
			key: 'proms:validation.not_number'
		});
	});

	it('knows real calendar dates', () => {
		expect(isCalendarDate('2025-02-29')).toBe(false);
		expect(isCalendarDate('2026-12-31')).toBe(true);
		expect(isCalendarDate('2026-13-01')).toBe(false);
	});
});
