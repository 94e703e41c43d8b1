import { describe, expect, it } from 'vitest';
import { needsSafetyNetting, safetyQuestions } from './safety';
import { bundledDefinition, fixtureDefinition } from './test-support';
import type { Answer } from './types';

const phq9 = bundledDefinition('phq-9');
const CODES = ['LA6568-5', 'LA6569-3', 'LA6570-1', 'LA6571-9'];
const option = (value: number): Answer[] => [
	{ kind: 'coding', system: 'http://loinc.org', code: CODES[value]! }
];

describe('needsSafetyNetting (H-015)', () => {
	it.each([1, 2, 3])(
		'is true as soon as item 9 is answered %i, with nothing else answered',
		(value) => {
			expect(needsSafetyNetting(phq9, { 'phq9-9': option(value) })).toBe(true);
		}
	);

	it('is false for "Not at all", and before item 9 is answered', () => {
		expect(needsSafetyNetting(phq9, { 'phq9-9': option(0) })).toBe(false);
		expect(needsSafetyNetting(phq9, { 'phq9-1': option(3), 'phq9-2': option(3) })).toBe(false);
	});

	it('goes away when item 9 is changed back to "Not at all"', () => {
		const answers = Object.fromEntries(
			Array.from({ length: 9 }, (_, i) => [`phq9-${i + 1}`, option(i === 8 ? 0 : 3)])
		);
		expect(needsSafetyNetting(phq9, answers)).toBe(false);
	});

	it('is false for a questionnaire that is not the PHQ-9', () => {
		expect(needsSafetyNetting(fixtureDefinition('all-types'), {})).toBe(false);
		expect(needsSafetyNetting(bundledDefinition('gad-7'), { 'gad7-1': option(3) })).toBe(false);
	});
});

describe('safetyQuestions', () => {
	it('names item 9 as the answer that needs the panel', () => {
		const answers = Object.fromEntries(
			Array.from({ length: 9 }, (_, i) => [`phq9-${i + 1}`, option(i === 8 ? 2 : 1)])
		);
		expect(safetyQuestions(phq9, answers)).toEqual(['phq9-9']);
		expect(safetyQuestions(phq9, { ...answers, 'phq9-9': option(0) })).toEqual([]);
	});
});
