import { beforeEach, describe, expect, it, vi } from 'vitest';
import { startDraft, type PromResponse } from './draft';
import { QuestionnaireFill } from './fill.svelte';
import { bundledDefinition } from './test-support';
import type { Answer } from './types';

const data = vi.hoisted(() => ({
	saveAnswers: vi.fn(),
	submitAnswers: vi.fn()
}));
vi.mock('./fill-data', () => data);

const phq9 = bundledDefinition('phq-9');
const option = (value: number): Answer[] => [
	{
		kind: 'coding',
		system: 'http://loinc.org',
		code: ['LA6568-5', 'LA6569-3', 'LA6570-1', 'LA6571-9'][value]!
	}
];
const newDraft = (): PromResponse =>
	startDraft({ id: 'd1', definition: phq9, language: 'en', now: new Date('2026-11-01T10:00:00Z') });

async function opened(draft = newDraft(), isResumed = false): Promise<QuestionnaireFill> {
	const fill = new QuestionnaireFill();
	await fill.open(
		Promise.resolve({
			questionnaire: { slug: 'phq-9', definition: phq9, source: 'bundled' },
			draft,
			isResumed
		}),
		'baseline:x'
	);
	return fill;
}

beforeEach(() => {
	vi.clearAllMocks();
	data.saveAnswers.mockResolvedValue(undefined);
});

describe('QuestionnaireFill', () => {
	it('opens a questionnaire on its first question, or says it is not on the device', async () => {
		const fill = await opened();
		expect([fill.status, fill.startAt, fill.occasion]).toEqual(['ready', 'phq9-1', 'baseline:x']);
		const missing = new QuestionnaireFill();
		await missing.open(Promise.resolve(null), null);
		expect(missing.status).toBe('missing');
	});

	it('says in words why it cannot open a questionnaire when the database will not open', async () => {
		const unavailable = new QuestionnaireFill();
		const missingApi = Object.assign(new Error('no IndexedDB'), { name: 'MissingAPIError' });
		await unavailable.open(Promise.reject(missingApi), null);
		expect([unavailable.status, unavailable.openErrorKey]).toEqual([
			'failed',
			'storage:errors.unavailable'
		]);
		const unknown = new QuestionnaireFill();
		await unknown.open(Promise.reject(new Error('disk')), null);
		expect([unknown.status, unknown.openErrorKey]).toEqual([
			'failed',
			'storage:errors.open_failed'
		]);
	});

	it('resumes a draft where it was left', async () => {
		const draft = { ...newDraft(), answers: { 'phq9-1': option(1), 'phq9-2': option(0) } };
		const fill = await opened(draft, true);
		expect([fill.isResumed, fill.startAt]).toEqual([true, 'phq9-3']);
	});

	it('saves on every answer, one save at a time, the newest last', async () => {
		const fill = await opened();
		let finish: () => void = () => undefined;
		data.saveAnswers.mockImplementationOnce(() => new Promise<void>((done) => (finish = done)));
		fill.answer('phq9-1', option(1));
		fill.answer('phq9-1', option(2));
		fill.answer('phq9-2', option(3));
		expect(data.saveAnswers).toHaveBeenCalledTimes(1);
		finish();
		await vi.waitFor(() => expect(data.saveAnswers).toHaveBeenCalledTimes(2));
		const [last, occasion] = data.saveAnswers.mock.calls[1]!;
		expect(last.answers).toEqual({ 'phq9-1': option(2), 'phq9-2': option(3) });
		expect(occasion).toBe('baseline:x');
	});

	it('says in words when an answer could not be saved', async () => {
		const fill = await opened();
		data.saveAnswers.mockRejectedValueOnce(new Error('disk'));
		fill.answer('phq9-1', option(1));
		await vi.waitFor(() => expect(fill.saveErrorKey).toBe('proms:fill.errors.save_failed'));
		fill.answer('phq9-1', option(2));
		await vi.waitFor(() => expect(fill.saveErrorKey).toBeNull());
	});

	it('stops Continue on an unanswered required question, and clears the error on answering', async () => {
		const fill = await opened();
		const [first] = fill.definition!.items.flatMap((item) =>
			item.type === 'group' ? item.items : []
		);
		expect(fill.check([first as never])).toBe(false);
		expect(fill.errors).toEqual([{ linkId: 'phq9-1', key: 'proms:validation.required' }]);
		fill.answer('phq9-1', option(0));
		expect(fill.errors).toEqual([]);
		expect(fill.check([first as never])).toBe(true);
	});

	it('keeps typed input that is not an answer out of the draft, and reports it on Continue', async () => {
		const fill = await opened();
		fill.answer('phq9-1', option(1));
		fill.input('phq9-1', { ok: false, key: 'proms:validation.not_number' });
		expect(fill.answers['phq9-1'] ?? []).toEqual([]);
		expect(fill.inputErrors).toEqual({ 'phq9-1': 'proms:validation.not_number' });
		const question = fill.definition!.items.flatMap((item) =>
			item.type === 'group' ? item.items : []
		)[0];
		expect(fill.check([question as never])).toBe(false);
		expect(fill.errors[0]?.key).toBe('proms:validation.not_number');
		fill.input('phq9-1', { ok: true, answers: option(2) });
		expect(fill.inputErrors).toEqual({});
	});

	it('needs the crisis panel as soon as item 9 is above "Not at all", with item 9 (H-015)', async () => {
		const fill = await opened();
		fill.answer('phq9-9', option(0));
		expect([fill.needsSafetyPanel, fill.safetyQuestions]).toEqual([false, []]);
		fill.answer('phq9-9', option(1));
		expect([fill.needsSafetyPanel, fill.safetyQuestions]).toEqual([true, ['phq9-9']]);
	});

	it('sends after the last save, recording the language the questions were shown in', async () => {
		const fill = await opened();
		fill.answer('phq9-1', option(1));
		data.submitAnswers.mockResolvedValue({ ok: true, response: { id: 'd1' }, isQueued: false });
		expect(await fill.submit('en')).toBe('d1');
		const [sent] = data.submitAnswers.mock.calls[0]!;
		expect(sent).toMatchObject({ id: 'd1', language: 'en', answers: { 'phq9-1': option(1) } });
		expect(data.saveAnswers).toHaveBeenCalledTimes(1);
	});

	it('shows what stops sending, and why sending failed', async () => {
		const fill = await opened();
		const errors = [{ linkId: 'phq9-2', key: 'proms:validation.required' }];
		data.submitAnswers.mockResolvedValueOnce({ ok: false, errors });
		expect(await fill.submit('en')).toBeNull();
		expect(fill.errors).toEqual(errors);
		data.submitAnswers.mockRejectedValueOnce(
			Object.assign(new Error('x'), { name: 'ResponseLockedError' })
		);
		expect(await fill.submit('en')).toBeNull();
		expect(fill.saveErrorKey).toBe('proms:fill.errors.already_sent');
	});
});
