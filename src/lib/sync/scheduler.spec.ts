import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	BUSY_RETRY_MS,
	ERROR_RETRY_MS,
	MIN_TIMER_MS,
	SYNC_LOCK,
	SyncScheduler,
	type LockRequester,
	type TriggerReason
} from './scheduler';

beforeEach(() => vi.useFakeTimers({ now: new Date('2026-03-29T00:30:00Z') }));
afterEach(() => vi.useRealTimers());

/** A lock shared by "tabs" in one test, as navigator.locks is across tabs. */
function sharedLock() {
	let held = false;
	const requests: string[] = [];
	const locks: LockRequester = {
		async request(name, _options, callback) {
			requests.push(name);
			if (held) return callback(null);
			held = true;
			try {
				await callback({ name });
			} finally {
				held = false;
			}
		}
	};
	return { locks, requests };
}

function scheduler(options: {
	run?: (reasons: readonly TriggerReason[]) => Promise<void>;
	nextDueAt?: () => Promise<Date | null>;
	locks?: LockRequester;
}) {
	const runs: TriggerReason[][] = [];
	const instance = new SyncScheduler({
		run: async (reasons) => {
			runs.push([...reasons]);
			await options.run?.(reasons);
		},
		nextDueAt: options.nextDueAt ?? (async () => null),
		now: () => new Date(),
		locks: options.locks
	});
	return { instance, runs };
}

describe('SyncScheduler', () => {
	it('runs once for triggers fired together, under the tend-sync lock', async () => {
		const { locks, requests } = sharedLock();
		const { instance, runs } = scheduler({ locks });
		await Promise.all([instance.trigger('start'), instance.trigger('online')]);
		expect(runs).toEqual([['start', 'online']]);
		expect(requests).toEqual([SYNC_LOCK]);
	});

	it('runs once more for triggers that arrive during a run, never overlapping', async () => {
		let release: () => void = () => undefined;
		let active = 0;
		let maxActive = 0;
		const { instance, runs } = scheduler({
			run: async () => {
				active += 1;
				maxActive = Math.max(maxActive, active);
				if (runs.length === 1) await new Promise<void>((done) => (release = done));
				active -= 1;
			}
		});
		const first = instance.trigger('start');
		await vi.advanceTimersByTimeAsync(0);
		void instance.trigger('record');
		void instance.trigger('record');
		void instance.trigger('send-now');
		release();
		await first;
		expect(runs).toEqual([['start'], ['record', 'send-now']]);
		expect(maxActive).toBe(1);
	});

	it('does not run while another tab holds the lock, and looks again shortly', async () => {
		const { locks } = sharedLock();
		let finishOther: () => void = () => undefined;
		const other = locks.request(
			SYNC_LOCK,
			{ ifAvailable: true },
			() => new Promise<void>((done) => (finishOther = done))
		);
		const { instance, runs } = scheduler({ locks });
		await instance.trigger('record');
		expect(runs).toEqual([]);
		finishOther();
		await other;
		await vi.advanceTimersByTimeAsync(BUSY_RETRY_MS);
		expect(runs).toEqual([['busy']]);
	});

	it('sets a timer for the next due retry', async () => {
		const due = new Date(Date.now() + 30_000);
		let remaining = 1;
		const { instance, runs } = scheduler({ nextDueAt: async () => (remaining-- > 0 ? due : null) });
		await instance.trigger('start');
		await vi.advanceTimersByTimeAsync(29_999);
		expect(runs).toHaveLength(1);
		await vi.advanceTimersByTimeAsync(1);
		expect(runs).toEqual([['start'], ['timer']]);
	});

	it('never sets a timer shorter than a second, even for an entry already due', async () => {
		let calls = 0;
		const { instance, runs } = scheduler({
			nextDueAt: async () => (calls++ < 1 ? new Date(0) : null)
		});
		await instance.trigger('start');
		await vi.advanceTimersByTimeAsync(MIN_TIMER_MS - 1);
		expect(runs).toHaveLength(1);
		await vi.advanceTimersByTimeAsync(1);
		expect(runs).toHaveLength(2);
	});

	it('tries again a minute after a run fails unexpectedly', async () => {
		let fail = true;
		const { instance, runs } = scheduler({
			run: async () => {
				if (fail) {
					fail = false;
					throw new Error('DatabaseClosedError');
				}
			}
		});
		await instance.trigger('start');
		await vi.advanceTimersByTimeAsync(ERROR_RETRY_MS);
		expect(runs).toEqual([['start'], ['timer']]);
	});

	it('does nothing once stopped', async () => {
		const { instance, runs } = scheduler({ nextDueAt: async () => new Date(Date.now() + 5_000) });
		await instance.trigger('start');
		instance.stop();
		await vi.advanceTimersByTimeAsync(60_000);
		await instance.trigger('record');
		expect(runs).toEqual([['start']]);
	});

	it('works without navigator.locks (older browsers): one run at a time in this tab', async () => {
		const { instance, runs } = scheduler({});
		await instance.trigger('send-now');
		expect(runs).toEqual([['send-now']]);
		expect(instance.isRunning).toBe(false);
	});
});
