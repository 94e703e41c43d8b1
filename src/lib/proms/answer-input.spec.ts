import { describe, expect, it } from 'vitest';
import {
	booleanAnswers,
	booleanValue,
	choiceAnswers,
	chosenCodes,
	dateAnswers,
	dateParts,
	inputText,
	isScale,
	numberValue,
	scaleAnswers
} from './answer-input';
import { indexOf } from './tree';
import { bundledDefinition, definitionOf, fixtureDefinition } from './test-support';
import type { ChoiceQuestion, Question } from './types';

const definition = fixtureDefinition('all-types');
const question = (linkId: string) => indexOf(definition).byLinkId.get(linkId) as Question;

describe('choices', () => {
	it('keeps each option’s system, in the options’ order', () => {
		const helps = question('helps') as ChoiceQuestion;
		const codes = helps.options.map((option) => option.code);
		const answers = choiceAnswers(helps, [codes[2]!, codes[0]!]);
		expect(answers).toEqual([
			{ kind: 'coding', system: 'urn:tend:test', code: codes[0] },
			{ kind: 'coding', system: 'urn:tend:test', code: codes[2] }
		]);
		expect(chosenCodes(answers)).toEqual([codes[0], codes[2]]);
	});

	it('gives no answer for a code that is not an option', () => {
		expect(choiceAnswers(question('helps') as ChoiceQuestion, ['made-up'])).toEqual([]);
	});
});

describe('yes/no and scales', () => {
	it('reads and writes yes and no', () => {
		expect(booleanValue(booleanAnswers('yes'))).toBe('yes');
		expect(booleanValue(booleanAnswers('no'))).toBe('no');
		expect(booleanAnswers(null)).toEqual([]);
		expect(booleanValue([])).toBeNull();
	});

	it('shows 0–10 with limits as a scale, and wider or open ranges as a box', () => {
		expect(isScale(question('pain'))).toBe(true);
		expect(isScale(question('weight'))).toBe(false);
		expect(isScale(question('sleep.hours'))).toBe(false);
		const vas = definitionOf([
			{
				linkId: 'vas',
				type: 'integer',
				extension: [
					{ url: 'http://hl7.org/fhir/StructureDefinition/minValue', valueInteger: 0 },
					{ url: 'http://hl7.org/fhir/StructureDefinition/maxValue', valueInteger: 100 }
				]
			}
		]).items[0] as Question;
		expect(isScale(vas)).toBe(false);
		const collaborate = bundledDefinition('collaborate');
		expect(isScale(indexOf(collaborate).byLinkId.get('collaborate-1') as Question)).toBe(true);
	});

	it('reads and writes a point on a scale', () => {
		expect(numberValue(scaleAnswers(7))).toBe(7);
		expect(scaleAnswers(null)).toEqual([]);
		expect(numberValue(scaleAnswers(0))).toBe(0);
	});
});

describe('typed text and dates', () => {
	it('puts a decimal back in a box as the language writes it', () => {
		expect(inputText([{ kind: 'decimal', value: 70.5 }], 'pl')).toBe('70,5');
		expect(inputText([{ kind: 'decimal', value: 70.5 }], 'en-GB')).toBe('70.5');
		expect(inputText([{ kind: 'string', value: 'Stairs' }], 'en-GB')).toBe('Stairs');
		expect(inputText([], 'en-GB')).toBe('');
	});

	it('reads the date boxes as a real day, or says it is not one', () => {
		expect(dateAnswers({ day: '3', month: '11', year: '2025' })).toEqual({
			ok: true,
			answers: [{ kind: 'date', value: '2025-11-03' }]
		});
		expect(dateAnswers({ day: '', month: '', year: '' })).toEqual({ ok: true, answers: [] });
		for (const parts of [
			{ day: '31', month: '2', year: '2026' },
			{ day: '3', month: '', year: '2026' },
			{ day: '3', month: '11', year: '25' },
			{ day: 'x', month: '11', year: '2025' }
		])
			expect(dateAnswers(parts)).toEqual({ ok: false, key: 'proms:validation.not_date' });
	});

	it('splits a date answer back into the boxes', () => {
		expect(dateParts([{ kind: 'date', value: '2025-11-03' }])).toEqual({
			day: '3',
			month: '11',
			year: '2025'
		});
		expect(dateParts([])).toEqual({ day: '', month: '', year: '' });
	});
});
