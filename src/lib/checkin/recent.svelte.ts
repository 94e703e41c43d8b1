import type { RecentCheckin } from './live';

/** The newest check-ins for a page; the database is loaded only when start() is called. */
export class RecentCheckins {
	items = $state<RecentCheckin[]>([]);
	isLoaded = $state(false);
	#stop: (() => void) | undefined;
	#isStopped = false;

	/** Starts watching (once); call after the first screen, e.g. with whenIdle. */
	async start(limit = 5): Promise<void> {
		if (this.#stop) return;
		const { watchRecentCheckins } = await import('./live');
		if (this.#stop || this.#isStopped) return;
		this.#stop = watchRecentCheckins(limit, (items) => {
			this.items = items;
			this.isLoaded = true;
		});
	}

	stop(): void {
		this.#isStopped = true;
		this.#stop?.();
		this.#stop = undefined;
	}
}
