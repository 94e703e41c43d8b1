import type { TrendsView } from './trends-live';

/** A questionnaire's trends for a page; the database is loaded only when start() is called. */
export class TrendsState {
	view = $state.raw<TrendsView | null>(null);
	#stop: (() => void) | undefined;
	#isStopped = false;

	/** Starts watching the questionnaire `slug` (once); call after the first screen. */
	async start(slug: string): Promise<void> {
		if (this.#stop) return;
		const { watchTrends } = await import('./trends-live');
		if (this.#stop || this.#isStopped) return;
		this.#stop = watchTrends(slug, (view) => (this.view = view));
	}

	stop(): void {
		this.#isStopped = true;
		this.#stop?.();
		this.#stop = undefined;
	}
}
