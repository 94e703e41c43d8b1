import type { ResultData } from './result-live';

/** A questionnaire result for the result page; the database is loaded only by start(). */
export class QuestionnaireResult {
	data = $state<ResultData | null>(null);
	#stop: (() => void) | undefined;
	#isStopped = false;

	/** Starts watching the response `id` (once): its scores, the one before, its sending. */
	async start(id: string): Promise<void> {
		if (this.#stop) return;
		const { watchResult } = await import('./result-live');
		if (this.#stop || this.#isStopped) return;
		this.#stop = watchResult(id, (data) => (this.data = data));
	}

	stop(): void {
		this.#isStopped = true;
		this.#stop?.();
		this.#stop = undefined;
	}
}
