import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readQuestionnaire } from './definition';
import { textIn } from './subset';
import { rawFixture } from './test-support';
import type { ChoiceQuestion, GroupItem, NumberQuestion } from './types';

const EXT = 'http://hl7.org/fhir/StructureDefinition/';
const english = JSON.parse(readFileSync('locales/en-GB/proms.json', 'utf8'));
const hasKey = (key: string) =>
	key
		.replace(/^proms:/, '')
		.split('.')
		.reduce<unknown>(
			(node, part) => (node as Record<string, unknown> | undefined)?.[part],
			english
		) !== undefined;

describe('readQuestionnaire, the supported subset', () => {
	const result = readQuestionnaire(rawFixture('all-types'));
	if (!result.ok) throw new Error(JSON.stringify(result.problems));
	const { definition } = result;
	const group = definition.items[1] as GroupItem;

	it('reads url, version, title and its translation', () => {
		expect(definition.url).toBe('https://tend.example/fhir/Questionnaire/engine-all-types');
		expect(definition.version).toBe('1.0.0');
		expect(definition.language).toBe('en-GB');
		expect(definition.title && textIn(definition.title, 'cy')).toBe('Holiadur prawf yr injan');
		expect(definition.title && textIn(definition.title, 'pl')).toBe('Engine test questionnaire');
		expect(definition.title && textIn(definition.title, 'cy-GB')).toBe('Holiadur prawf yr injan');
	});

	it('reads every item type, nested as written', () => {
		expect(definition.items.map((item) => item.type)).toEqual([
			'display',
			'group',
			'integer',
			'string',
			'text',
			'decimal',
			'date',
			'choice',
			'boolean',
			'integer'
		]);
		expect(group.items.map((item) => item.linkId)).toEqual(['mood.1', 'mood.2', 'mood.2.call']);
	});

	it('reads ordinal values from ordinalValue on the coding and itemWeight on the option', () => {
		const [first, second] = group.items as ChoiceQuestion[];
		expect(first?.options.map((option) => option.score)).toEqual([0, 1, 2, 3]);
		expect(second?.options.map((option) => option.score)).toEqual([0, 1, 2, 3]);
		expect(first?.options[3]?.display && textIn(first.options[3].display, 'cy')).toBe(
			'Bron bob dydd'
		);
	});

	it('reads prefix, required, repeats, limits and enableWhen', () => {
		const [first, , call] = group.items;
		expect(first).toMatchObject({ prefix: '1.', required: true, repeats: false });
		expect(first?.text && textIn(first.text, 'cy')).toBe('Eitem dalfan 1');
		expect(call).toMatchObject({
			enableBehavior: 'all',
			enableWhen: [{ operator: 'exists' }, { operator: '!=' }]
		});
		expect(definition.items[2] as NumberQuestion).toMatchObject({ min: 0, max: 10 });
		expect(definition.items[5] as NumberQuestion).toMatchObject({ min: 20.5, max: 300 });
		expect(definition.items[7]).toMatchObject({ repeats: true });
	});
});

type Raw = Record<string, any>;
const item = (q: Raw, linkId: string): Raw => {
	const walk = (items: Raw[]): Raw | undefined => {
		for (const it of items) {
			if (it.linkId === linkId) return it;
			const found = walk(it.item ?? []);
			if (found) return found;
		}
	};
	return walk(q.item) ?? {};
};

const UNSUPPORTED: Array<[string, (q: Raw) => void, string, string | undefined]> = [
	['another item type', (q) => (item(q, 'weight').type = 'quantity'), 'unsupported_type', 'weight'],
	['open-choice', (q) => (item(q, 'helps').type = 'open-choice'), 'unsupported_type', 'helps'],
	[
		'answerValueSet',
		(q) => (item(q, 'helps').answerValueSet = 'http://x/vs'),
		'answer_value_set',
		'helps'
	],
	['initial', (q) => (item(q, 'pain').initial = [{ valueInteger: 3 }]), 'initial_value', 'pain'],
	[
		'initialSelected',
		(q) => (item(q, 'helps').answerOption[0].initialSelected = true),
		'initial_value',
		'helps'
	],
	[
		'a calculated expression',
		(q) =>
			item(q, 'pain').extension.push({
				url: 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression',
				valueExpression: { language: 'text/fhirpath', expression: '1' }
			}),
		'calculated_expression',
		'pain'
	],
	[
		'an item nested under a question',
		(q) => (item(q, 'sleep').item = [{ linkId: 'x', type: 'string' }]),
		'nested_under_question',
		'sleep'
	],
	[
		'an item nested under display',
		(q) => (item(q, 'intro').item = [{ linkId: 'x', type: 'string' }]),
		'nested_under_display',
		'intro'
	],
	[
		'a modifier extension on an item',
		(q) => (item(q, 'sleep').modifierExtension = [{ url: 'http://x', valueBoolean: true }]),
		'modifier_extension',
		'sleep'
	],
	[
		'a modifier extension on the questionnaire',
		(q) => (q.modifierExtension = [{ url: 'http://x', valueBoolean: true }]),
		'modifier_extension',
		undefined
	],
	[
		'an unknown extension',
		(q) =>
			(item(q, 'sleep').extension = [{ url: `${EXT}questionnaire-hidden`, valueBoolean: true }]),
		'unsupported_extension',
		'sleep'
	],
	[
		'min/max on a choice',
		(q) => (item(q, 'helps').extension = [{ url: `${EXT}minValue`, valueInteger: 1 }]),
		'unsupported_extension',
		'helps'
	],
	['readOnly', (q) => (item(q, 'sleep').readOnly = true), 'unsupported_element', 'sleep'],
	['contained resources', (q) => (q.contained = []), 'unsupported_element', undefined],
	[
		'repeats on a non-choice',
		(q) => (item(q, 'pain').repeats = true),
		'repeats_not_choice',
		'pain'
	],
	[
		'required on a group',
		(q) => (item(q, 'mood').required = true),
		'required_not_question',
		'mood'
	],
	[
		'answerOption on an integer',
		(q) => (item(q, 'pain').answerOption = [{ valueInteger: 1 }]),
		'options_not_choice',
		'pain'
	],
	[
		'an option that is not a Coding',
		(q) => item(q, 'helps').answerOption.push({ valueString: 'x' }),
		'option_not_coding',
		'helps'
	],
	[
		'two options with the same code',
		(q) => (item(q, 'helps').answerOption[1].valueCoding.code = 'heat'),
		'duplicate_option',
		'helps'
	],
	[
		'a choice without options',
		(q) => (item(q, 'helps').answerOption = []),
		'choice_without_options',
		'helps'
	],
	[
		'two different ordinal values',
		(q) =>
			(item(q, 'mood.1').answerOption[0].extension = [
				{ url: `${EXT}itemWeight`, valueDecimal: 5 }
			]),
		'ordinal_conflict',
		'mood.1'
	],
	[
		'an ordinal value that is not a number',
		(q) =>
			(item(q, 'mood.2').answerOption[0].extension[0] = {
				url: `${EXT}itemWeight`,
				valueString: '1'
			}),
		'ordinal_not_number',
		'mood.2'
	],
	[
		'min above max',
		(q) => (item(q, 'pain').extension[0].valueInteger = 11),
		'limit_invalid',
		'pain'
	],
	[
		'a decimal limit on an integer',
		(q) => (item(q, 'pain').extension[1] = { url: `${EXT}maxValue`, valueDecimal: 9.5 }),
		'limit_invalid',
		'pain'
	],
	[
		'enableWhen on an unknown question',
		(q) => (item(q, 'pain.worse').enableWhen[0].question = 'nope'),
		'enable_when_unknown_question',
		'pain.worse'
	],
	[
		'enableWhen on a display item',
		(q) => (item(q, 'pain.worse').enableWhen[0].question = 'intro'),
		'enable_when_unknown_question',
		'pain.worse'
	],
	[
		'enableWhen answer of the wrong type',
		(q) =>
			(item(q, 'pain.worse').enableWhen[0] = {
				question: 'pain',
				operator: '=',
				answerString: '7'
			}),
		'enable_when_answer_type',
		'pain.worse'
	],
	[
		'enableWhen answerQuantity',
		(q) =>
			(item(q, 'pain.worse').enableWhen[0] = {
				question: 'pain',
				operator: '=',
				answerQuantity: { value: 7 }
			}),
		'enable_when_answer_type',
		'pain.worse'
	],
	[
		'an ordered operator on a choice',
		(q) => (item(q, 'mood.2.call').enableWhen[1].operator = '>'),
		'enable_when_operator',
		'mood.2.call'
	],
	[
		'an unknown operator',
		(q) => (item(q, 'pain.worse').enableWhen[0].operator = '~'),
		'enable_when_operator',
		'pain.worse'
	],
	[
		'exists without a boolean',
		(q) =>
			(item(q, 'pain.detail').enableWhen[0] = {
				question: 'pain.worse',
				operator: 'exists',
				answerString: 'x'
			}),
		'enable_when_operator',
		'pain.detail'
	],
	[
		'two conditions without enableBehavior',
		(q) => delete item(q, 'sleep.hours').enableBehavior,
		'enable_behavior_invalid',
		'sleep.hours'
	],
	[
		'a cycle of conditions',
		(q) =>
			(item(q, 'pain').enableWhen = [
				{ question: 'pain.detail', operator: 'exists', answerBoolean: true }
			]),
		'enable_when_cycle',
		'pain'
	],
	['a repeated linkId', (q) => (item(q, 'weight').linkId = 'pain'), 'duplicate_link_id', 'pain'],
	['an empty group', (q) => (item(q, 'mood').item = []), 'empty_group', 'mood'],
	['no version', (q) => delete q.version, 'missing_version', undefined],
	['no url', (q) => delete q.url, 'missing_url', undefined],
	[
		'a malformed translation',
		(q) => item(q, 'intro')._text.extension[0].extension.pop(),
		'translation_invalid',
		'intro'
	],
	['not a Questionnaire', (q) => (q.resourceType = 'Patient'), 'invalid_shape', undefined]
];

describe('readQuestionnaire, the end labels of a number scale', () => {
	const label = (linkId: string, text: string, code: string) => ({
		linkId,
		type: 'display',
		text,
		extension: [
			{
				url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl',
				valueCodeableConcept: {
					coding: [{ system: 'http://hl7.org/fhir/questionnaire-item-control', code }]
				}
			}
		]
	});

	it('reads "lower" and "upper" display children as the scale\'s end labels', () => {
		const raw = rawFixture('all-types');
		item(raw, 'pain').item = [
			label('pain.lo', 'No pain', 'lower'),
			label('pain.hi', 'Worst', 'upper')
		];
		const result = readQuestionnaire(raw);
		if (!result.ok) throw new Error(JSON.stringify(result.problems));
		const pain = result.definition.items
			.flatMap((i) => (i.type === 'group' ? i.items : [i]))
			.find((i) => i.linkId === 'pain');
		expect(pain).toMatchObject({
			lowerLabel: { text: 'No pain' },
			upperLabel: { text: 'Worst' }
		});
	});

	it.each([
		['a display child with no item control', { linkId: 'n', type: 'display', text: 'Note' }],
		['a question child', { linkId: 'n', type: 'string', text: 'Why?' }],
		['another item control', label('n', 'Slider', 'slider')]
	])('refuses %s', (_, child) => {
		const raw = rawFixture('all-types');
		item(raw, 'pain').item = [child];
		const result = readQuestionnaire(raw);
		expect(result.ok ? [] : result.problems.map((p) => [p.linkId, p.key])).toContainEqual([
			'pain',
			'proms:definition.problem.nested_under_question'
		]);
	});

	it('refuses two lower labels', () => {
		const raw = rawFixture('all-types');
		item(raw, 'pain').item = [label('a', 'A', 'lower'), label('b', 'B', 'lower')];
		expect(readQuestionnaire(raw).ok).toBe(false);
	});
});

describe('readQuestionnaire, outside the subset', () => {
	it.each(UNSUPPORTED)('reports %s and gives no definition', (_, change, key, linkId) => {
		const raw = rawFixture('all-types');
		change(raw);
		const result = readQuestionnaire(raw);
		expect(result.ok).toBe(false);
		const problems = result.ok ? [] : result.problems;
		const found = problems.filter((problem) => problem.key === `proms:definition.problem.${key}`);
		expect(found.map((problem) => problem.linkId)).toContain(linkId);
	});

	it('has an English message for every problem it can report', () => {
		for (const [, change] of UNSUPPORTED) {
			const raw = rawFixture('all-types');
			change(raw);
			const result = readQuestionnaire(raw);
			for (const problem of result.ok ? [] : result.problems)
				expect(hasKey(problem.key), problem.key).toBe(true);
		}
	});

	it('reports every problem, not only the first', () => {
		const raw = rawFixture('all-types');
		item(raw, 'weight').type = 'quantity';
		item(raw, 'helps').answerValueSet = 'http://x/vs';
		const result = readQuestionnaire(raw);
		expect(result.ok ? [] : result.problems.map((problem) => problem.linkId)).toEqual([
			'weight',
			'helps'
		]);
	});

	it('lists everything wrong with a definition written for a fuller renderer', () => {
		const result = readQuestionnaire(rawFixture('outside-subset'));
		const found = result.ok
			? []
			: result.problems.map(({ linkId, key }) => [linkId, key.split('.').pop()]);
		expect(found).toEqual([
			[undefined, 'modifier_extension'],
			['q1', 'answer_value_set'],
			['q1', 'unsupported_extension'],
			['q1', 'choice_without_options'],
			['q2', 'initial_value'],
			['q2', 'nested_under_question'],
			['total', 'unsupported_element'],
			['total', 'calculated_expression'],
			['when', 'unsupported_type']
		]);
	});
});
