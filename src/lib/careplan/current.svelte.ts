import type { PlanOnDevice } from './live';
import type { CarePlanVersion } from './types';

/** The care plan on this device for a page; the database is loaded only when start() is called. */
export class CurrentPlan {
	value = $state<PlanOnDevice | null>(null);
	/** The plan could not be read (a failed or closed database; the database notice explains). */
	hasFailed = $state(false);
	#stop: (() => void) | undefined;
	#isStopped = false;

	/** Starts watching (once); call after the first screen, e.g. with whenIdle. */
	async start(): Promise<void> {
		if (this.#stop) return;
		const { watchPlanOnDevice } = await import('./live');
		if (this.#stop || this.#isStopped) return;
		this.#stop = watchPlanOnDevice(
			(value) => {
				this.value = value;
				this.hasFailed = false;
			},
			() => (this.hasFailed = true)
		);
	}

	/** "I have read the changes": `plan` becomes the version changes are shown against. */
	async markSeen(plan: CarePlanVersion): Promise<void> {
		const { markSeen } = await import('./live');
		// A plain copy: IndexedDB cannot store the page's reactive proxies.
		await markSeen($state.snapshot(plan));
	}

	stop(): void {
		this.#isStopped = true;
		this.#stop?.();
		this.#stop = undefined;
	}
}
