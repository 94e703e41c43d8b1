import { describe, expect, it } from 'vitest';
import { conditionHolds, isEnabled } from './enable-when';
import { indexOf } from './tree';
import { definitionOf, fixtureDefinition } from './test-support';
import type { Answer, Answers, EnableCondition, EnableOperator } from './types';

const int = (value: number): Answer => ({ kind: 'integer', value });
const dec = (value: number): Answer => ({ kind: 'decimal', value });
const date = (value: string): Answer => ({ kind: 'date', value });
const str = (value: string): Answer => ({ kind: 'string', value });
const bool = (value: boolean): Answer => ({ kind: 'boolean', value });
const code = (value: string, system?: string): Answer => ({
	kind: 'coding',
	code: value,
	...(system ? { system } : {})
});
const when = (operator: EnableOperator, answer: Answer): EnableCondition => ({
	question: 'q',
	operator,
	answer
});

// See: https://hl7.org/fhir/R4/codesystem-questionnaire-enable-operator.html
const OPERATORS: Array<[EnableOperator, Answer, Answer[], boolean]> = [
	['=', int(3), [int(3)], true],
	['=', int(3), [int(4)], false],
	['=', int(3), [], false],
	['=', dec(2.5), [dec(2.5)], true],
	['=', str('yes'), [str('yes')], true],
	['=', str('yes'), [str('Yes')], false],
	['=', bool(false), [bool(false)], true],
	['=', bool(true), [bool(false)], false],
	['=', date('2026-01-01'), [date('2026-01-01')], true],
	['=', code('a', 'urn:s'), [code('a', 'urn:s')], true],
	['=', code('a', 'urn:s'), [code('a', 'urn:other')], false],
	['=', code('a', 'urn:s'), [code('a')], true],
	['=', code('a'), [code('b'), code('a')], true],
	['!=', int(3), [int(4)], true],
	['!=', int(3), [int(3)], false],
	['!=', int(3), [], true],
	['!=', code('a'), [code('b'), code('a')], false],
	['!=', code('a'), [code('b')], true],
	['>', int(6), [int(7)], true],
	['>', int(6), [int(6)], false],
	['>', dec(1.5), [dec(1.6)], true],
	['>', date('2026-01-01'), [date('2026-01-02')], true],
	['>', int(6), [], false],
	['<', int(6), [int(5)], true],
	['<', int(6), [int(6)], false],
	['<', date('2026-01-01'), [date('2025-12-31')], true],
	['>=', int(6), [int(6)], true],
	['>=', int(6), [int(5)], false],
	['<=', int(6), [int(6)], true],
	['<=', int(6), [int(7)], false],
	['<=', dec(0.5), [dec(0.25)], true],
	['exists', bool(true), [int(0)], true],
	['exists', bool(true), [], false],
	['exists', bool(false), [], true],
	['exists', bool(false), [str('x')], false]
];

describe('conditionHolds, every operator', () => {
	it.each(OPERATORS)('%s %j against %j is %s', (operator, expected, given, result) => {
		expect(conditionHolds(when(operator, expected), given)).toBe(result);
	});

	it('never matches an answer of another kind', () => {
		expect(conditionHolds(when('=', int(3)), [dec(3)])).toBe(false);
		expect(conditionHolds(when('>', int(3)), [str('4')])).toBe(false);
	});
});

describe('isEnabled on a definition', () => {
	const definition = fixtureDefinition('all-types');
	const { byLinkId } = indexOf(definition);
	const enabled = (linkId: string, answers: Answers) => {
		const item = byLinkId.get(linkId);
		if (!item) throw new Error(linkId);
		return isEnabled(definition, item, answers);
	};

	it('enables items without conditions', () => {
		expect(enabled('pain', {})).toBe(true);
	});

	it('needs every condition with enableBehavior all', () => {
		expect(enabled('mood.2.call', {})).toBe(false);
		expect(enabled('mood.2.call', { 'mood.2': [code('a0', 'urn:tend:test')] })).toBe(false);
		expect(enabled('mood.2.call', { 'mood.2': [code('a2', 'urn:tend:test')] })).toBe(true);
	});

	it('needs one condition with enableBehavior any', () => {
		expect(enabled('sleep.hours', {})).toBe(false);
		expect(enabled('sleep.hours', { sleep: [bool(false)] })).toBe(true);
		expect(enabled('sleep.hours', { started: [date('2025-06-01')] })).toBe(true);
		expect(enabled('sleep.hours', { sleep: [bool(true)], started: [date('2026-06-01')] })).toBe(
			false
		);
	});

	it('hides along a chain: an answer to a hidden question counts as no answer', () => {
		const worse = { pain: [int(8)], 'pain.worse': [str('Stairs')] };
		expect(enabled('pain.worse', worse)).toBe(true);
		expect(enabled('pain.detail', worse)).toBe(true);
		// Pain falls below 7: "what makes it worse" hides, and so does the question that
		// depended on it being answered, although its answer is still held.
		const better = { ...worse, pain: [int(3)] };
		expect(enabled('pain.worse', better)).toBe(false);
		expect(enabled('pain.detail', better)).toBe(false);
	});

	it('hides everything inside a hidden group', () => {
		const nested = definitionOf([
			{ linkId: 'gate', type: 'boolean' },
			{
				linkId: 'more',
				type: 'group',
				enableWhen: [{ question: 'gate', operator: '=', answerBoolean: true }],
				item: [
					{ linkId: 'inner', type: 'integer' },
					{
						linkId: 'inner.more',
						type: 'string',
						enableWhen: [{ question: 'gate', operator: 'exists', answerBoolean: true }]
					}
				]
			}
		]);
		const inner = indexOf(nested).byLinkId.get('inner.more');
		if (!inner) throw new Error('inner.more');
		expect(isEnabled(nested, inner, { gate: [bool(false)] })).toBe(false);
		expect(isEnabled(nested, inner, { gate: [bool(true)] })).toBe(true);
	});
});
