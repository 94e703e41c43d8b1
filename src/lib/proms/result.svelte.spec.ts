import { describe, expect, it, vi } from 'vitest';
import { QuestionnaireResult } from './result.svelte';

const live = vi.hoisted(() => ({ watchResult: vi.fn() }));
vi.mock('./result-live', () => live);

describe('QuestionnaireResult', () => {
	it('watches one response once, shows each change, and stops', async () => {
		const stop = vi.fn();
		let send: (data: unknown) => void = () => undefined;
		live.watchResult.mockImplementation((_id: string, onChange: (data: unknown) => void) => {
			send = onChange;
			return stop;
		});
		const result = new QuestionnaireResult();
		await result.start('r1');
		await result.start('r1');
		expect(live.watchResult).toHaveBeenCalledTimes(1);
		expect(live.watchResult.mock.calls[0]?.[0]).toBe('r1');
		expect(result.data).toBeNull();
		send({ response: null });
		expect(result.data).toEqual({ response: null });
		result.stop();
		expect(stop).toHaveBeenCalled();
	});
});
