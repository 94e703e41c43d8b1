// For specs only: questionnaire responses stored as a device sends them, and uploads.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompletedResponse } from '$lib/proms/draft';
import { responseToFhir, type ResponseFlag } from '$lib/proms/fhir';
import type { Answer, Answers, QuestionnaireDefinition } from '$lib/proms/types';
import { IDENTIFIER_SYSTEM, identifierValue } from '$lib/sync/bundle';
import { insertResource, type StoredResource } from '../fhir/resource-repo';
import type { Db } from '../store/open-store';
import { BUNDLED } from './catalogue';

const FIXTURES = join(import.meta.dirname, '../../../../tests/fixtures/questionnaires');

/** A licensed fixture definition's JSON (bpi-sf, eq-5d-5l, pseq), a fresh copy each time. */
export function licensedFixture(name: 'bpi-sf' | 'eq-5d-5l' | 'pseq'): {
	resourceType: string;
	item: any[];
	[key: string]: any;
} {
	return JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8'));
}

/** A bundled definition by instrument id. */
export function bundled(id: string): QuestionnaireDefinition {
	const found = BUNDLED.find((each) => each.instrument === id);
	if (!found) throw new Error(`No bundled ${id}`);
	return found.definition;
}

/** Answers choosing, for each linkId, the option scored `value` (or the number itself). */
export function answersByValue(
	definition: QuestionnaireDefinition,
	values: Record<string, number>
): Answers {
	const answers: Record<string, Answer[]> = {};
	const walk = (items: QuestionnaireDefinition['items']) => {
		for (const item of items) {
			if (item.type === 'group') walk(item.items);
			const value = values[item.linkId];
			if (value === undefined) continue;
			if (item.type === 'choice') {
				const option = item.options.find((each) => each.score === value);
				if (!option) throw new Error(`${item.linkId} has no option scored ${value}`);
				answers[item.linkId] = [{ kind: 'coding', system: option.system, code: option.code }];
			} else if (item.type === 'integer') {
				answers[item.linkId] = [{ kind: 'integer', value }];
			}
		}
	};
	walk(definition.items);
	return answers;
}

/** PHQ-9 answers: items 1–9 with these values (0–3); item 10 is optional and left out. */
export function phq9Answers(values: readonly number[]): Answers {
	const byLinkId = Object.fromEntries(values.map((value, index) => [`phq9-${index + 1}`, value]));
	return answersByValue(bundled('phq-9'), byLinkId);
}

/** Stores a completed response for the patient as their device would send it. */
export function storeResponse(
	db: Db,
	input: {
		patientId: string;
		definition: QuestionnaireDefinition;
		answers: Answers;
		authored: string;
		flags?: ResponseFlag[];
		receivedAt?: Date;
	}
): StoredResource {
	const id = randomUUID();
	const response: CompletedResponse = {
		id,
		questionnaire: { url: input.definition.url, version: input.definition.version },
		status: 'completed',
		authored: input.authored,
		language: 'en-GB',
		answers: input.answers,
		startedAt: input.authored,
		updatedAt: input.authored
	};
	const link = { patientId: input.patientId, role: 'patient' as const };
	return insertResource(db, {
		resource: responseToFhir(response, input.definition, link, input.flags ?? []),
		patientId: input.patientId,
		identifier: { system: IDENTIFIER_SYSTEM, value: identifierValue(id) },
		now: input.receivedAt ?? new Date(input.authored)
	});
}

/** A form as the browser posts it. */
export function formData(fields: Record<string, string | File>): FormData {
	const data = new FormData();
	for (const [name, value] of Object.entries(fields)) data.append(name, value);
	return data;
}

/** A JSON file as the upload form sends it. */
export function jsonFile(json: unknown, name = 'definition.json'): File {
	return new File([JSON.stringify(json)], name, { type: 'application/json' });
}

/** The due date boxes of the assign form. */
export function dueDateFields(day: string, month = '3', year = '2026'): Record<string, string> {
	return { 'due-date[day]': day, 'due-date[month]': month, 'due-date[year]': year };
}
