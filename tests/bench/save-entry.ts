// Bench-only browser entry (built by tests/bench/save-timing.js, never part of the app):
// times the app's own submitResponse — completing, scoring and storing a PHQ-9 response
// with its outbox entries in one Dexie transaction — on a linked device, in real IndexedDB.
import { AppDb } from '$lib/db/app-db';
import { migrations } from '$lib/db/migrations';
import { readQuestionnaire } from '$lib/proms/definition';
import { answerQuestion, startDraft, type PromResponse } from '$lib/proms/draft';
import { questionsToAsk } from '$lib/proms/engine';
import { saveDraft, submitResponse } from '$lib/proms/repo';
import type { QuestionnaireDefinition } from '$lib/proms/types';
import phq9 from '../../src/content/questionnaires/phq-9.json';

/** A PHQ-9 draft with every question asked answered, the answers varying with `seed`. */
function answeredDraft(definition: QuestionnaireDefinition, seed: number, now: Date): PromResponse {
	let draft = startDraft({ id: crypto.randomUUID(), definition, language: 'en-GB', now });
	for (let step = 0; step < 20; step++) {
		const next = questionsToAsk(definition, draft.answers).find(
			(question) => !draft.answers[question.linkId]?.length
		);
		if (!next || next.type !== 'choice') break;
		const option = next.options[(seed + step) % next.options.length]!;
		const answer = { kind: 'coding' as const, system: option.system, code: option.code };
		draft = answerQuestion(draft, definition, next.linkId, [answer], now);
	}
	return draft;
}

async function timeSaves(runs: number) {
	const read = readQuestionnaire(phq9);
	if (!read.ok) throw new Error('The bundled PHQ-9 does not read');
	const db = new AppDb(`tend-bench-save-${Date.now()}`, migrations);
	await db.open();
	await db.enrolment.put({
		key: 'current',
		serviceUrl: '',
		fhirBase: `${location.origin}/fhir`,
		token: 'bench',
		patient: { id: 'bench-patient', displayName: 'Bench' },
		role: 'patient',
		carer: null,
		deviceId: 'bench-device',
		deviceName: 'Bench',
		linkedAt: new Date().toISOString(),
		service: null
	});
	const durations: number[] = [];
	let queued = 0;
	for (let run = 0; run < runs; run++) {
		const now = new Date();
		const draft = answeredDraft(read.definition, run, now);
		await saveDraft(db, draft); // saved on every answer before submitting, as in the app
		const started = performance.now();
		const submitted = await submitResponse(db, { draft, definition: read.definition, now });
		durations.push(performance.now() - started);
		if (!submitted.ok) throw new Error(JSON.stringify(submitted.errors));
		if (submitted.isQueued) queued += 1;
	}
	const stored = await db.promResponses.where('status').equals('completed').count();
	const outbox = await db.outbox.count();
	await db.delete();
	return { durations, queued, stored, outbox };
}

(window as unknown as { timeSaves: typeof timeSaves }).timeSaves = timeSaves;
