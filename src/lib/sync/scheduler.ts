/**
 * Decides when the pusher runs (DESIGN §4.4): on app start, `online`, a new record, "Send
 * now", Background Sync, and a timer for the next due retry. Invariants: runs never
 * overlap in this tab (triggers during a run coalesce into one more run), and only one
 * tab runs at a time (`navigator.locks`, 'tend-sync', ifAvailable); a tab that finds
 * another pushing looks again shortly, in case the other finished before seeing its record.
 */

export type TriggerReason =
	'start' | 'online' | 'record' | 'send-now' | 'pull' | 'timer' | 'background-sync' | 'busy';

/** The lock name every Tend tab uses for pushing. */
export const SYNC_LOCK = 'tend-sync';
/** Another tab was pushing: look again after this long. */
export const BUSY_RETRY_MS = 5_000;
/** A run failed unexpectedly (the database closed, say): try again after this long. */
export const ERROR_RETRY_MS = 60_000;
/** Timers never fire sooner than this, so a storm of due entries cannot spin. */
export const MIN_TIMER_MS = 1_000;
const MAX_TIMER_MS = 2 ** 31 - 1;

/** The part of `navigator.locks` the scheduler uses. */
export interface LockRequester {
	request(
		name: string,
		options: { ifAvailable: true },
		callback: (lock: unknown) => Promise<void>
	): Promise<unknown>;
}

export interface SchedulerOptions {
	/** One run: push (and pull when a reason asks for it). Holding the lock while it runs. */
	run: (reasons: readonly TriggerReason[]) => Promise<void>;
	/** When the next waiting entry is due, or null when none waits. */
	nextDueAt: () => Promise<Date | null>;
	now: () => Date;
	locks?: LockRequester;
	setTimer?: (callback: () => void, ms: number) => unknown;
	clearTimer?: (handle: unknown) => void;
}

export class SyncScheduler {
	#options: SchedulerOptions;
	#running: Promise<void> | null = null;
	#queued: TriggerReason[] = [];
	#timer: unknown;
	#isStopped = false;

	constructor(options: SchedulerOptions) {
		this.#options = options;
	}

	/** Asks for a run; resolves when the run it joined (or started) has finished. */
	trigger(reason: TriggerReason): Promise<void> {
		if (this.#isStopped) return Promise.resolve();
		if (!this.#queued.includes(reason)) this.#queued.push(reason);
		this.#running ??= this.#drain().finally(() => (this.#running = null));
		return this.#running;
	}

	/** Whether a run is under way in this tab. */
	get isRunning(): boolean {
		return this.#running !== null;
	}

	/** Stops for good: no more runs, no timer (before the database is deleted, say). */
	stop(): void {
		this.#isStopped = true;
		this.#disarm();
	}

	async #drain(): Promise<void> {
		// Let triggers fired in the same moment (start + online) join this run.
		await Promise.resolve();
		while (this.#queued.length > 0 && !this.#isStopped) {
			const reasons = this.#queued.splice(0);
			let ran: boolean;
			try {
				ran = await this.#withLock(() => this.#options.run(reasons));
			} catch {
				this.#arm(ERROR_RETRY_MS);
				return;
			}
			if (!ran) {
				this.#arm(BUSY_RETRY_MS, 'busy');
				return;
			}
		}
		await this.#armForNextDue();
	}

	async #withLock(work: () => Promise<void>): Promise<boolean> {
		const locks = this.#options.locks;
		if (!locks) {
			await work();
			return true;
		}
		let ran = false;
		await locks.request(SYNC_LOCK, { ifAvailable: true }, async (lock) => {
			if (!lock) return;
			ran = true;
			await work();
		});
		return ran;
	}

	async #armForNextDue(): Promise<void> {
		const due = await this.#options.nextDueAt().catch(() => null);
		if (this.#isStopped) return;
		if (due) this.#arm(due.getTime() - this.#options.now().getTime());
		else this.#disarm();
	}

	#arm(ms: number, reason: TriggerReason = 'timer'): void {
		this.#disarm();
		const delay = Math.min(Math.max(ms, MIN_TIMER_MS), MAX_TIMER_MS);
		const set = this.#options.setTimer ?? ((callback, wait) => setTimeout(callback, wait));
		this.#timer = set(() => {
			this.#timer = undefined;
			void this.trigger(reason);
		}, delay);
	}

	#disarm(): void {
		if (this.#timer === undefined) return;
		const clear =
			this.#options.clearTimer ??
			((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
		clear(this.#timer);
		this.#timer = undefined;
	}
}
