import { describe, expect, it } from 'vitest';
import { readQuestionnaire } from '$lib/proms/definition';
import type { QuestionnaireDefinition } from '$lib/proms/types';
import { scoringProblems } from './definition-fit';
import { licensedFixture } from './test-support';

const read = (json: unknown): QuestionnaireDefinition => {
	const result = readQuestionnaire(json);
	if (!result.ok) throw new Error(JSON.stringify(result.problems));
	return result.definition;
};

type RawItem = { linkId: string; item?: RawItem[]; [key: string]: any };
/** The raw item with this linkId, anywhere in the tree. */
function itemOf(json: { item: RawItem[] }, linkId: string): RawItem {
	const walk = (items: RawItem[]): RawItem | undefined =>
		items.reduce<RawItem | undefined>(
			(found, item) => found ?? (item.linkId === linkId ? item : walk(item.item ?? [])),
			undefined
		);
	const found = walk(json.item);
	if (!found) throw new Error(`no ${linkId}`);
	return found;
}

describe('scoringProblems', () => {
	it.each(['bpi-sf', 'eq-5d-5l', 'pseq'] as const)('finds none in the %s fixture', (id) => {
		expect(scoringProblems(id, read(licensedFixture(id)))).toEqual([]);
	});

	it('names a scored item the definition lacks', () => {
		const json = licensedFixture('pseq');
		json.item = json.item.filter((item: RawItem) => item.linkId !== 'pseq-7');
		expect(scoringProblems('pseq', read(json))).toEqual([
			{ linkId: 'pseq-7', key: 'staff:definitions.fit.missing_item' }
		]);
	});

	it('names a scale whose range is not the one the scoring reads', () => {
		const json = licensedFixture('bpi-sf');
		const item = itemOf(json, 'bpi-9c');
		item.extension = item.extension.map((extension: { url: string }) =>
			extension.url.endsWith('maxValue') ? { ...extension, valueInteger: 100 } : extension
		);
		expect(scoringProblems('bpi-sf', read(json))).toEqual([
			{
				linkId: 'bpi-9c',
				key: 'staff:definitions.fit.wrong_range',
				values: { min: '0', max: '10' }
			}
		]);
	});

	it('names an EQ-5D-5L dimension whose levels are not scored 1 to 5', () => {
		const json = licensedFixture('eq-5d-5l');
		const item = itemOf(json, 'eq5d-mobility');
		item.answerOption[4].extension[0].valueDecimal = 9;
		expect(scoringProblems('eq-5d-5l', read(json))).toEqual([
			{
				linkId: 'eq5d-mobility',
				key: 'staff:definitions.fit.wrong_levels',
				values: { min: '1', max: '5' }
			}
		]);
	});

	it('names a scored item of the wrong type', () => {
		const json = licensedFixture('pseq');
		const item = itemOf(json, 'pseq-1');
		item.type = 'string';
		delete item.extension;
		delete item.item;
		expect(scoringProblems('pseq', read(json))).toMatchObject([
			{ linkId: 'pseq-1', key: 'staff:definitions.fit.wrong_range' }
		]);
	});
});
