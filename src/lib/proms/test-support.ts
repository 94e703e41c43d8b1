// Loads the hand-made Questionnaire fixtures of tests/fixtures/questionnaires/engine.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readQuestionnaire } from './definition';
import { answerQuestion, completeDraft, startDraft, type CompletedResponse } from './draft';
import type { Answer, QuestionnaireDefinition } from './types';

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

/** A completed response to the all-types fixture, answering every type of question. */
export function fullResponse(id = '0f8e2f7a-1c2b-4d3e-8f9a-0b1c2d3e4f5a'): CompletedResponse {
	const definition = fixtureDefinition('all-types');
	const at = new Date('2026-03-02T09:00:00Z');
	const S = 'urn:tend:test';
	const given: Array<[string, Answer[]]> = [
		['mood.1', [{ kind: 'coding', system: 'http://loinc.org', code: 'LA6570-1' }]],
		['mood.2', [{ kind: 'coding', system: S, code: 'a2' }]],
		['mood.2.call', [{ kind: 'boolean', value: true }]],
		['pain', [{ kind: 'integer', value: 8 }]],
		['pain.worse', [{ kind: 'string', value: 'Stairs' }]],
		['pain.detail', [{ kind: 'string', value: 'Worse at night,\nbetter with heat' }]],
		['weight', [{ kind: 'decimal', value: 71.5 }]],
		['started', [{ kind: 'date', value: '2025-11-03' }]],
		[
			'helps',
			[
				{ kind: 'coding', system: S, code: 'heat' },
				{ kind: 'coding', system: S, code: 'walk' }
			]
		],
		['sleep', [{ kind: 'boolean', value: false }]],
		['sleep.hours', [{ kind: 'integer', value: 5 }]]
	];
	let draft = startDraft({ id, definition, language: 'cy', now: at });
	for (const [linkId, answers] of given)
		draft = answerQuestion(draft, definition, linkId, answers, at);
	const result = completeDraft(draft, definition, at);
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.response;
}

/** A bundled questionnaire (src/content/questionnaires/<name>.json) read as a definition. */
export function bundledDefinition(name: string): QuestionnaireDefinition {
	const path = join(import.meta.dirname, '../../content/questionnaires', `${name}.json`);
	const result = readQuestionnaire(JSON.parse(readFileSync(path, 'utf8')));
	if (!result.ok) throw new Error(JSON.stringify(result.problems));
	return result.definition;
}
