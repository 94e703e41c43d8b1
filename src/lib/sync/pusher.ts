/**
 * Sends due outbox entries to the service as transaction Bundles (DESIGN §4).
 * Invariants: an entry leaves pending/sending only after a 2xx for it, or a refusal of it
 * (quarantined); a Bundle refused as a whole without naming an entry is split until the
 * refused entry is alone, so no record is quarantined for another's fault. The Bundle size
 * a service takes is remembered per FHIR base (bundle-size.ts), so splitting for size
 * happens once, not on every run. `fetch` is a parameter so tests can drive it through a
 * fault layer.
 */
import type { AppDb } from '$lib/db/app-db';
import { markRevoked } from '$lib/enrolment/repo';
import { parseRetryAfter, retryDelay } from './backoff';
import { buildTransaction, readTransactionReply, type BundleReply } from './bundle';
import { BatchSizes, learnBundleSize, nextBundleSize, splitRefused } from './bundle-size';
import { readBundleSizing, saveBundleSizing } from './bundle-size-repo';
import { applyVerdict, postpone, release, scheduleRetry } from './outbox-state';
import { recoverInterrupted, takeDue, updateEntries } from './outbox-repo';
import type { OutboxEntry } from './types';

/** A request to the service gives up after this long (a stalled mobile connection). */
export const REQUEST_TIMEOUT_MS = 60_000;
/** A hard stop for one run, whatever the service answers. */
const MAX_REQUESTS_PER_RUN = 200;

export interface PushOptions {
	db: AppDb;
	fetch: typeof globalThis.fetch;
	now: () => Date;
	/** Returns a number in [0, 1), like Math.random. */
	random: () => number;
	fhirBase: string;
	token: string;
}

/**
 * done: nothing due is left; offline: no response; retry-later: the service asked to wait
 * or failed; revoked: the service refused this device's token (401), nothing more is sent.
 */
export type PushOutcome = 'done' | 'offline' | 'retry-later' | 'revoked';

export interface PushResult {
	outcome: PushOutcome;
	sent: number;
	quarantined: number;
	requests: number;
}

/** POSTs one Bundle and reads whatever comes back, never throwing. */
async function post(options: PushOptions, entries: readonly OutboxEntry[]): Promise<BundleReply> {
	try {
		const response = await options.fetch(baseOf(options), {
			method: 'POST',
			headers: {
				'Content-Type': 'application/fhir+json',
				Accept: 'application/fhir+json',
				Authorization: `Bearer ${options.token}`
			},
			body: JSON.stringify(buildTransaction(entries)),
			credentials: 'omit',
			cache: 'no-store',
			signal:
				typeof AbortSignal.timeout === 'function'
					? AbortSignal.timeout(REQUEST_TIMEOUT_MS)
					: undefined
		});
		// A body cut off mid-way is unreadable: the reader then retries, which is safe.
		const body: unknown = await response.json().catch(() => undefined);
		const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'), options.now());
		return { kind: 'response', status: response.status, body, retryAfterMs };
	} catch (error) {
		return {
			kind: 'network-error',
			message: error instanceof Error ? error.message : String(error)
		};
	}
}

const baseOf = (options: PushOptions) => options.fhirBase.replace(/\/+$/, '');

/**
 * One run of the pusher: sends every due entry, in Bundles of at most 50 (fewer for a
 * service known to take fewer), and records each outcome. Call while holding the push
 * lock (one tab at a time).
 */
export async function pushOnce(options: PushOptions): Promise<PushResult> {
	const { db, now, random } = options;
	const result: PushResult = { outcome: 'done', sent: 0, quarantined: 0, requests: 0 };
	await recoverInterrupted(db);
	let sizing = await readBundleSizing(db, baseOf(options));

	while (result.requests < MAX_REQUESTS_PER_RUN) {
		const batch = await takeDue(db, now(), nextBundleSize(sizing));
		if (batch.length === 0) return result;
		const groups: OutboxEntry[][] = [batch];
		const sizes = new BatchSizes();

		while (groups.length > 0) {
			const group = groups.shift() ?? [];
			const untried = () => groups.flat();
			result.requests += 1;
			const verdict = readTransactionReply(
				group.map((entry) => entry.id),
				await post(options, group)
			);
			const at = now();

			switch (verdict.kind) {
				case 'entries': {
					await updateEntries(
						db,
						verdict.entries.map((entryVerdict, index) => {
							const attempt = (group[index]?.attempts ?? 0) + 1;
							const delayMs = retryDelay({ attempt, random });
							return [
								entryVerdict.id,
								(entry) => applyVerdict(entry, entryVerdict, { now: at, delayMs })
							] as const;
						})
					);
					const refused = verdict.entries.filter((item) => item.disposition === 'quarantine');
					result.sent += verdict.entries.filter((item) => item.disposition === 'sent').length;
					result.quarantined += refused.length;
					sizes.accepted(
						group.length,
						refused.map((item) => item.id)
					);
					break;
				}
				case 'split':
					sizes.refused(group.map((entry) => entry.id));
					groups.unshift(...splitRefused(group, sizing));
					break;
				case 'retry': {
					// One delay for the whole group keeps its entries together in later Bundles.
					const attempt = Math.max(...group.map((entry) => entry.attempts)) + 1;
					const delayMs = retryDelay({ attempt, random, retryAfterMs: verdict.retryAfterMs });
					const until = new Date(at.getTime() + delayMs);
					await updateEntries(db, [
						...group.map(
							(entry) =>
								[
									entry.id,
									(stored: OutboxEntry) =>
										scheduleRetry(stored, { now: at, delayMs, failure: verdict.failure })
								] as const
						),
						...untried().map(
							(entry) => [entry.id, (stored: OutboxEntry) => postpone(stored, until)] as const
						)
					]);
					return {
						...result,
						outcome: verdict.failure.status === null ? 'offline' : 'retry-later'
					};
				}
				case 'revoked':
					await updateEntries(
						db,
						[...group, ...untried()].map((entry) => [entry.id, release] as const)
					);
					await markRevoked(db, at);
					return { ...result, outcome: 'revoked' };
			}
		}
		// Learnt only from a whole batch: a refusal is about size only once every record in
		// it has been judged.
		const learned = learnBundleSize(sizing, sizes.evidence());
		if (learned !== sizing) await saveBundleSizing(db, baseOf(options), learned);
		sizing = learned;
	}
	await recoverInterrupted(db);
	return { ...result, outcome: 'retry-later' };
}
