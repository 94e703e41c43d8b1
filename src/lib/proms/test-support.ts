// Loads the hand-made Questionnaire fixtures of tests/fixtures/questionnaires/engine.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readQuestionnaire } from './definition';
import type { QuestionnaireDefinition } from './types';

const FIXTURES = join(import.meta.dirname, '../../../tests/fixtures/questionnaires/engine');

/** The fixture's raw JSON, a fresh copy each time so a test may change it. */
export function rawFixture(name: string): Record<string, any> {
	return JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8'));
}

/** The fixture read as a definition; throws if it has problems. */
export function fixtureDefinition(name: string): QuestionnaireDefinition {
	const result = readQuestionnaire(rawFixture(name));
	if (!result.ok) throw new Error(JSON.stringify(result.problems));
	return result.definition;
}

/** A definition from items written in a test. */
export function definitionOf(items: unknown[]): QuestionnaireDefinition {
	const result = readQuestionnaire({
		resourceType: 'Questionnaire',
		url: 'https://tend.example/fhir/Questionnaire/test',
		version: '1',
		status: 'active',
		item: items
	});
	if (!result.ok) throw new Error(JSON.stringify(result.problems));
	return result.definition;
}
