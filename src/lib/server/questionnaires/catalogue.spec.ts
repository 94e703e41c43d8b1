import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readQuestionnaire } from '$lib/proms/definition';
import { insertResource } from '../fhir/resource-repo';
import type { Db } from '../store/open-store';
import { openTestStore } from '../staff/test-store';
import {
	activeDefinition,
	BUNDLED,
	definitionLookup,
	findDefinition,
	LICENSED,
	storedDefinitions,
	titleOf
} from './catalogue';
import { licensedFixture } from './test-support';

let db: Db;
let dispose: () => void;
beforeEach(() => ({ db, dispose } = openTestStore()));
afterEach(() => dispose());

const BPI = 'https://fhir.tend.example/Questionnaire/bpi-sf';
let minute = 0;
const store = (version: string, status = 'active') =>
	insertResource(db, {
		resource: { ...licensedFixture('bpi-sf'), version, status },
		patientId: null,
		now: new Date(Date.UTC(2026, 2, 1, 9, (minute += 1)))
	});

describe('the catalogue', () => {
	it('bundles the six free instruments, none licensed, and knows the three licensed ones', () => {
		expect(BUNDLED.map((each) => each.instrument)).toEqual([
			'phq-9',
			'gad-7',
			'peg-3',
			'pain-nrs',
			'collaborate',
			'fft'
		]);
		for (const each of BUNDLED) expect(each.copyright).not.toBe('');
		expect(LICENSED.map((each) => each.id)).toEqual(['bpi-sf', 'eq-5d-5l', 'pseq']);
	});

	it('finds a bundled definition by its exact url and version only', () => {
		const url = 'https://fhir.tend.example/Questionnaire/phq-9';
		expect(findDefinition(db, url, '1.0.0')?.url).toBe(url);
		expect(findDefinition(db, url, '2.0.0')).toBeNull();
		expect(titleOf(findDefinition(db, url, '1.0.0')!)).toBe('Patient Health Questionnaire (PHQ-9)');
	});

	it('finds an uploaded definition by url and version, even once retired', () => {
		store('1.0', 'retired');
		store('2.0');
		expect(findDefinition(db, BPI, '1.0')?.version).toBe('1.0');
		expect(findDefinition(db, BPI, '3.0')).toBeNull();
		expect(
			storedDefinitions(db, BPI).map((each) => [each.definition.version, each.isActive])
		).toEqual([
			['1.0', false],
			['2.0', true]
		]);
		expect(activeDefinition(db, BPI)?.definition.version).toBe('2.0');
	});

	it('has no active definition of a licensed instrument until one is uploaded', () => {
		expect(activeDefinition(db, BPI)).toBeNull();
		store('1.0', 'retired');
		expect(activeDefinition(db, BPI)).toBeNull();
	});

	it('looks each url|version up once', () => {
		const lookup = definitionLookup(db);
		expect(lookup(BPI, '1.0')).toBeNull();
		store('1.0');
		// Remembered for the life of the lookup (one page), found by a new one.
		expect(lookup(BPI, '1.0')).toBeNull();
		expect(definitionLookup(db)(BPI, '1.0')).toEqual(
			(
				readQuestionnaire({ ...licensedFixture('bpi-sf'), version: '1.0' }) as {
					definition: unknown;
				}
			).definition
		);
	});
});
