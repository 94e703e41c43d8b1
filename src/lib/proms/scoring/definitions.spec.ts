import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Fhir } from 'fhir';
import { describe, expect, it } from 'vitest';
import { BPI_INTERFERENCE_ITEMS, BPI_SEVERITY_ITEMS } from './bpi';
import { COLLABORATE_ITEMS } from './collaborate';
import { EQ5D_DIMENSIONS, EQ5D_VAS } from './eq5d5l';
import { FFT_ITEM } from './fft';
import { GAD7_ITEMS } from './gad7';
import { NRS_ITEM } from './nrs';
import { PEG_ITEMS } from './peg';
import { PHQ9_ITEMS } from './phq9';
import { PSEQ_ITEMS } from './pseq';
import { INSTRUMENTS, instrumentFor } from './registry';
import type { InstrumentId } from './types';

interface Item {
	linkId: string;
	type: string;
	text?: string;
	code?: { system: string; code: string }[];
	extension?: { url: string; valueInteger?: number }[];
	answerOption?: {
		valueCoding: { system: string; code: string; display: string };
		extension?: { url: string; valueDecimal?: number }[];
	}[];
	item?: Item[];
}
interface Questionnaire {
	resourceType: string;
	url: string;
	status: string;
	copyright?: string;
	item: Item[];
}

const CONTENT = 'src/content/questionnaires';
const FIXTURES = 'tests/fixtures/questionnaires';
const ORDINAL = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';

function load(dir: string): [string, Questionnaire][] {
	return readdirSync(dir)
		.filter((name) => name.endsWith('.json'))
		.map((name) => [name, JSON.parse(readFileSync(join(dir, name), 'utf8')) as Questionnaire]);
}

function flatten(items: readonly Item[]): Item[] {
	return items.flatMap((item) => [item, ...flatten(item.item ?? [])]);
}

const SCORED: Record<InstrumentId, readonly string[]> = {
	'phq-9': PHQ9_ITEMS,
	'gad-7': GAD7_ITEMS,
	'peg-3': PEG_ITEMS,
	'pain-nrs': [NRS_ITEM],
	collaborate: COLLABORATE_ITEMS,
	fft: [FFT_ITEM],
	'bpi-sf': [...BPI_SEVERITY_ITEMS, ...BPI_INTERFERENCE_ITEMS],
	'eq-5d-5l': [...EQ5D_DIMENSIONS, EQ5D_VAS],
	pseq: PSEQ_ITEMS
};

// Names of licensed or restricted instruments (DOMAIN §5) that must never be bundled.
const LICENSED_NAMES =
	/brief pain inventory|\bBPI\b|EQ-5D|EuroQol|EQ VAS|self-efficacy|PSEQ|oswestry|\bODI\b|start back|patient activation|PAM-13/i;

const fhir = new Fhir();
const bundled = load(CONTENT);
const fixtures = load(FIXTURES);

describe.each([...bundled, ...fixtures])('%s', (_, questionnaire) => {
	const instrument = instrumentFor(questionnaire.url);
	const items = flatten(questionnaire.item);

	it('is a valid, active R4 Questionnaire with a copyright or licence note', () => {
		const result = fhir.validate(questionnaire);
		expect(result.messages?.filter((m) => m.severity === 'error')).toEqual([]);
		expect(result.valid).toBe(true);
		expect(questionnaire.status).toBe('active');
		expect(questionnaire.copyright).toBeTruthy();
	});

	it('is scored by the instrument its url names, which finds every item it reads', () => {
		expect(instrument).toBeDefined();
		for (const linkId of SCORED[instrument!.id]) {
			expect(items.map((item) => item.linkId)).toContain(linkId);
		}
	});

	it('has unique linkIds, an ordinal value on every option and a range on every number', () => {
		const linkIds = items.map((item) => item.linkId);
		expect(new Set(linkIds).size).toBe(linkIds.length);
		for (const item of items) {
			for (const option of item.answerOption ?? []) {
				expect(option.extension?.find((e) => e.url === ORDINAL)?.valueDecimal).toBeTypeOf('number');
			}
			if (item.type === 'integer') {
				const urls = item.extension?.map((e) => e.url);
				expect(urls).toContain('http://hl7.org/fhir/StructureDefinition/minValue');
				expect(urls).toContain('http://hl7.org/fhir/StructureDefinition/maxValue');
			}
		}
	});
});

describe('licences (H-016)', () => {
	it.each(bundled)('%s is a free instrument, never a licensed one', (_, questionnaire) => {
		expect(instrumentFor(questionnaire.url)?.licensed).toBe(false);
		expect(JSON.stringify(questionnaire)).not.toMatch(LICENSED_NAMES);
	});

	it('bundles exactly the six free instruments', () => {
		expect(bundled.map(([name]) => name).sort()).toEqual([
			'collaborate.json',
			'fft.json',
			'gad-7.json',
			'pain-nrs.json',
			'peg-3.json',
			'phq-9.json'
		]);
		expect(INSTRUMENTS.filter((i) => !i.licensed)).toHaveLength(bundled.length);
	});

	it.each(fixtures)('fixture %s is licensed and every text in it is a placeholder', (_, q) => {
		expect(instrumentFor(q.url)?.licensed).toBe(true);
		for (const item of flatten(q.item)) {
			if (item.text !== undefined) expect(item.text).toMatch(/placeholder$/);
			for (const option of item.answerOption ?? []) {
				expect(option.valueCoding.display).toMatch(/placeholder$/);
			}
		}
	});
});

describe('PHQ-9 definition', () => {
	const [, phq9] = bundled.find(([name]) => name === 'phq-9.json')!;
	const items = flatten(phq9.item);

	it('codes item 9 as LOINC 44260-8 and every answer with the LOINC answer list', () => {
		expect(items.find((item) => item.linkId === 'phq9-9')?.code?.[0]?.code).toBe('44260-8');
		for (const linkId of PHQ9_ITEMS) {
			const options = items.find((item) => item.linkId === linkId)?.answerOption ?? [];
			expect(
				options.map((o) => [
					o.valueCoding.code,
					o.valueCoding.display,
					o.extension?.[0]?.valueDecimal
				])
			).toEqual([
				['LA6568-5', 'Not at all', 0],
				['LA6569-3', 'Several days', 1],
				['LA6570-1', 'More than half the days', 2],
				['LA6571-9', 'Nearly every day', 3]
			]);
		}
	});
});
