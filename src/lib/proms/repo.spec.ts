import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppDb } from '$lib/db/app-db';
import { createEntry } from '$lib/sync/outbox-state';
import { observationFor, openTestDb, PATIENT_ID, testEnrolment } from '$lib/sync/test-support';
import { readQuestionnaire } from './definition';
import { answerQuestion, startDraft, type PromResponse } from './draft';
import {
	discardDraft,
	findDraft,
	getResponse,
	listResponses,
	previousResponse,
	ResponseLockedError,
	saveDraft,
	submitResponse
} from './repo';
import { isQuestion, type Item, type QuestionnaireDefinition } from './types';

const CONTENT = join(import.meta.dirname, '../../content/questionnaires');
function bundled(name: string): QuestionnaireDefinition {
	const result = readQuestionnaire(JSON.parse(readFileSync(join(CONTENT, `${name}.json`), 'utf8')));
	if (!result.ok) throw new Error(JSON.stringify(result.problems));
	return result.definition;
}
const phq9 = bundled('phq-9');

function questions(items: readonly Item[]): Item[] {
	return items.flatMap((item) => (item.type === 'group' ? questions(item.items) : [item]));
}

/** A PHQ-9 draft with items 1–9 answered by the option worth `scores[i]` (item 10 too). */
function phq9Draft(id: string, scores: number[], at: Date): PromResponse {
	let draft = startDraft({ id, definition: phq9, language: 'en-GB', now: at });
	for (const item of questions(phq9.items)) {
		if (!isQuestion(item) || item.type !== 'choice') continue;
		const index = Number(item.linkId.replace('phq9-', '')) - 1;
		const wanted = scores[index] ?? 0;
		const option = item.options.find((o) => o.score === wanted) ?? item.options[0]!;
		const answer = { kind: 'coding' as const, system: option.system, code: option.code };
		draft = answerQuestion(draft, phq9, item.linkId, [answer], at);
	}
	return draft;
}

const at = (day: number) => new Date(Date.UTC(2026, 3, day, 9));
let counter = 0;
const ids = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;

describe('questionnaire responses on the device', () => {
	const open: AppDb[] = [];
	const db = () => {
		const created = openTestDb();
		open.push(created);
		return created;
	};
	afterEach(() => open.splice(0).forEach((d) => d.close()));

	it('saves a draft on every answer and resumes the newest one, keeping its occasion', async () => {
		const d = db();
		const first = startDraft({ id: ids(), definition: phq9, language: 'en-GB', now: at(1) });
		await saveDraft(d, first, 'baseline:x');
		const later = phq9Draft(first.id, [1, 1], at(2));
		await saveDraft(d, later);
		const found = await findDraft(d, phq9.url);
		expect(found).toMatchObject({ id: first.id, occasion: 'baseline:x', status: 'in-progress' });
		expect(found?.answers).toEqual(later.answers);
		expect(await findDraft(d, 'https://fhir.tend.example/Questionnaire/gad-7')).toBeNull();
		await discardDraft(d, first.id);
		expect(await findDraft(d, phq9.url)).toBeNull();
	});

	it('keeps a self-guided response on the device, scored, with nothing queued', async () => {
		const d = db();
		const draft = phq9Draft(ids(), [2, 2, 2, 2, 2, 1, 1, 0, 0], at(3));
		await saveDraft(d, draft);
		const result = await submitResponse(d, { draft, definition: phq9, now: at(3), newId: ids });
		expect(result).toMatchObject({ ok: true, isQueued: false });
		const stored = await getResponse(d, draft.id);
		expect(stored).toMatchObject({ status: 'completed', authored: at(3).toISOString(), flags: [] });
		expect(stored?.scores?.scores[0]).toMatchObject({ id: 'total', value: 12 });
		expect(await d.outbox.count()).toBe(0);
	});

	it('queues the flagged response and its score in the same write when linked', async () => {
		const d = db();
		await d.enrolment.put(testEnrolment());
		const draft = phq9Draft(ids(), [0, 0, 0, 0, 0, 0, 0, 0, 1], at(4));
		const result = await submitResponse(d, { draft, definition: phq9, now: at(4), newId: ids });
		if (!result.ok) throw new Error('not completed');
		expect(result.isQueued).toBe(true);
		expect(result.response.flags).toEqual(['safety-netting']);
		const entries = await d.outbox.toArray();
		const response = entries.find((e) => e.id === draft.id)!.resource;
		expect(response).toMatchObject({
			resourceType: 'QuestionnaireResponse',
			questionnaire: `${phq9.url}|${phq9.version}`,
			meta: { tag: [{ system: 'urn:tend:flag', code: 'safety-netting' }] },
			author: { reference: `Patient/${PATIENT_ID}` },
			language: 'en-GB'
		});
		const scoreId = result.response.scoreIds.total!;
		const observation = entries.find((e) => e.id === scoreId)!.resource;
		expect(observation).toMatchObject({
			code: { coding: [{ system: 'http://loinc.org', code: '44261-6' }] },
			valueQuantity: { value: 1 }
		});
		expect(entries).toHaveLength(2);
	});

	it('refuses an incomplete response and leaves the draft as it was', async () => {
		const d = db();
		const draft = phq9Draft(ids(), [1, 1], at(5));
		const partial = { ...draft, answers: { 'phq9-1': draft.answers['phq9-1']! } };
		await saveDraft(d, partial);
		const result = await submitResponse(d, { draft: partial, definition: phq9, now: at(5) });
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
		expect((await getResponse(d, partial.id))?.status).toBe('in-progress');
	});

	it('never changes or resends a completed response', async () => {
		const d = db();
		await d.enrolment.put(testEnrolment());
		const draft = phq9Draft(ids(), [1, 1, 1, 1, 1, 1, 1, 1, 0], at(6));
		await submitResponse(d, { draft, definition: phq9, now: at(6), newId: ids });
		await expect(submitResponse(d, { draft, definition: phq9, now: at(7) })).rejects.toThrow(
			ResponseLockedError
		);
		await expect(saveDraft(d, draft)).rejects.toThrow(ResponseLockedError);
		await expect(discardDraft(d, draft.id)).rejects.toThrow(ResponseLockedError);
		expect(await d.outbox.count()).toBe(2);
	});

	it('stores nothing when its entries cannot all be queued', async () => {
		const d = db();
		await d.enrolment.put(testEnrolment());
		const draft = phq9Draft(ids(), [1, 1, 1, 1, 1, 1, 1, 1, 0], at(8));
		await saveDraft(d, draft);
		const clash = ids();
		await d.outbox.add(
			createEntry({
				id: clash,
				table: 'checkins',
				resource: observationFor(clash),
				now: at(8)
			})
		);
		await expect(
			submitResponse(d, { draft, definition: phq9, now: at(8), newId: () => clash })
		).rejects.toThrow();
		expect((await getResponse(d, draft.id))?.status).toBe('in-progress');
		expect(await d.outbox.count()).toBe(1);
	});

	it('lists completed responses newest first and finds the one before', async () => {
		const d = db();
		const done: string[] = [];
		for (const day of [10, 12, 11]) {
			const draft = phq9Draft(ids(), [day - 10], at(day));
			const full = phq9Draft(draft.id, [day - 10, 0, 0, 0, 0, 0, 0, 0, 0], at(day));
			await submitResponse(d, { draft: full, definition: phq9, now: at(day) });
			done.push(full.id);
		}
		await saveDraft(d, startDraft({ id: ids(), definition: phq9, language: 'en-GB', now: at(13) }));
		const list = await listResponses(d, phq9.url);
		expect(list.map((r) => r.authored)).toEqual(
			[at(12), at(11), at(10)].map((x) => x.toISOString())
		);
		expect((await previousResponse(d, list[0]!))?.id).toBe(list[1]!.id);
		expect(await previousResponse(d, list[2]!)).toBeNull();
		expect(await listResponses(d)).toHaveLength(3);
	});
});
