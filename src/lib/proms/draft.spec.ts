import { describe, expect, it } from 'vitest';
import { answerQuestion, clearAnswer, completeDraft, startDraft } from './draft';
import { fixtureDefinition } from './test-support';
import type { Answer } from './types';

const definition = fixtureDefinition('all-types');
const t0 = new Date('2026-03-02T09:00:00Z');
const t1 = new Date('2026-03-02T09:01:00Z');
const t2 = new Date('2026-03-02T09:05:00Z');
const S = 'urn:tend:test';
const int = (value: number): Answer => ({ kind: 'integer', value });
const draft0 = startDraft({
	id: 'c5a1e9a2-4b6f-4f0e-9d55-0a1b2c3d4e5f',
	definition,
	language: 'cy',
	now: t0
});

/** A draft with every required question answered. */
function answered() {
	let draft = answerQuestion(
		draft0,
		definition,
		'mood.1',
		[{ kind: 'coding', system: 'http://loinc.org', code: 'LA6569-3' }],
		t1
	);
	draft = answerQuestion(
		draft,
		definition,
		'mood.2',
		[{ kind: 'coding', system: S, code: 'a0' }],
		t1
	);
	return answerQuestion(draft, definition, 'pain', [int(4)], t1);
}

describe('drafts', () => {
	it('start empty and in progress, for this questionnaire version and language', () => {
		expect(draft0).toEqual({
			id: 'c5a1e9a2-4b6f-4f0e-9d55-0a1b2c3d4e5f',
			questionnaire: { url: definition.url, version: '1.0.0' },
			status: 'in-progress',
			authored: null,
			language: 'cy',
			answers: {},
			startedAt: t0.toISOString(),
			updatedAt: t0.toISOString()
		});
	});

	it('take, change and clear an answer, noting when', () => {
		const once = answerQuestion(draft0, definition, 'pain', [int(4)], t1);
		expect(once.answers).toEqual({ pain: [int(4)] });
		expect(once.updatedAt).toBe(t1.toISOString());
		expect(draft0.answers).toEqual({});
		const changed = answerQuestion(once, definition, 'pain', [int(6)], t2);
		expect(changed.answers).toEqual({ pain: [int(6)] });
		expect(clearAnswer(changed, definition, 'pain', t2).answers).toEqual({});
	});

	it('clear the answers a change hides, down the chain', () => {
		let draft = answerQuestion(draft0, definition, 'pain', [int(8)], t1);
		draft = answerQuestion(
			draft,
			definition,
			'pain.worse',
			[{ kind: 'string', value: 'Stairs' }],
			t1
		);
		draft = answerQuestion(
			draft,
			definition,
			'pain.detail',
			[{ kind: 'string', value: 'Every day' }],
			t1
		);
		expect(Object.keys(draft.answers)).toEqual(['pain', 'pain.worse', 'pain.detail']);
		expect(answerQuestion(draft, definition, 'pain', [int(3)], t2).answers).toEqual({
			pain: [int(3)]
		});
	});

	it('refuse an answer to something that is not a question here', () => {
		expect(() => answerQuestion(draft0, definition, 'intro', [int(1)], t1)).toThrow();
		expect(() => answerQuestion(draft0, definition, 'nope', [int(1)], t1)).toThrow();
	});

	it('belong to one version of a questionnaire', () => {
		const other = { ...definition, version: '2.0.0' };
		expect(() => answerQuestion(draft0, other, 'pain', [int(1)], t1)).toThrow(/1\.0\.0/);
	});
});

describe('completeDraft', () => {
	it('refuses while a required question is unanswered, naming it', () => {
		const result = completeDraft(
			answerQuestion(draft0, definition, 'pain', [int(4)], t1),
			definition,
			t2
		);
		expect(result.ok ? [] : result.errors.map((error) => error.linkId)).toEqual([
			'mood.1',
			'mood.2'
		]);
	});

	it('completes with authored set, and cannot be changed after', () => {
		const result = completeDraft(answered(), definition, t2);
		if (!result.ok) throw new Error(JSON.stringify(result.errors));
		expect(result.response).toMatchObject({
			status: 'completed',
			authored: t2.toISOString(),
			language: 'cy'
		});
		expect(() => answerQuestion(result.response, definition, 'pain', [int(1)], t2)).toThrow();
		expect(() => completeDraft(result.response, definition, t2)).toThrow();
	});

	it('keeps no answer to a hidden question, even one held from before', () => {
		// A draft saved by an older build could hold one; completion must still drop it.
		const stale = {
			...answered(),
			answers: { ...answered().answers, 'pain.detail': [{ kind: 'string', value: 'x' } as Answer] }
		};
		const result = completeDraft(stale, definition, t2);
		expect(result.ok && Object.keys(result.response.answers)).toEqual(['mood.1', 'mood.2', 'pain']);
	});
});
