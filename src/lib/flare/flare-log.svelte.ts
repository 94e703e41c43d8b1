import type { FlareLogView } from './live';

/** The flare log for a page; the database is loaded only when start() is called. */
export class FlareLogState {
	view = $state<FlareLogView>({ role: null, patientName: null, items: [] });
	isLoaded = $state(false);
	#stop: (() => void) | undefined;
	#isStopped = false;

	/** Starts watching (once); call after the first screen, e.g. with whenIdle. */
	async start(): Promise<void> {
		if (this.#stop) return;
		const { watchFlareLog } = await import('./live');
		if (this.#stop || this.#isStopped) return;
		this.#stop = watchFlareLog((view) => {
			this.view = view;
			this.isLoaded = true;
		});
	}

	stop(): void {
		this.#isStopped = true;
		this.#stop?.();
		this.#stop = undefined;
	}
}

/** What the edit page last saved, for the log page to confirm (kept only in this tab). */
class LastSaved {
	id = $state<string | null>(null);
	isQueued = $state(false);

	set(id: string, isQueued: boolean): void {
		this.id = id;
		this.isQueued = isQueued;
	}

	clear(): void {
		this.id = null;
	}
}

export const lastSavedFlare = new LastSaved();
