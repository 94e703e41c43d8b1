import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { retryDelay } from './backoff';
import {
	buildTransaction,
	MAX_BUNDLE_ENTRIES,
	readTransactionReply,
	type BundleReply
} from './bundle';
import {
	applyVerdict,
	createEntry,
	isDue,
	isStale,
	markQuarantined,
	markSent,
	postpone,
	recordStateOf,
	release,
	requeue,
	scheduleRetry,
	startSending
} from './outbox-state';
import type { OutboxEntry } from './types';

const now = new Date('2026-03-29T00:30:00Z');
const failure = { status: 503, message: '' };

function resourceFor(id: string) {
	return {
		resourceType: 'Observation',
		identifier: [{ system: 'urn:ietf:rfc:3986', value: `urn:uuid:${id}` }]
	};
}

function fresh(id = 'a', at = now): OutboxEntry {
	return createEntry({ id, table: 'checkins', resource: resourceFor(id), now: at });
}

describe('createEntry', () => {
	it('is pending and due at once', () => {
		const entry = fresh();
		expect(entry).toMatchObject({
			id: 'a',
			table: 'checkins',
			resourceType: 'Observation',
			state: 'pending',
			attempts: 0,
			createdAt: now.toISOString(),
			nextAttemptAt: now.toISOString()
		});
		expect(isDue(entry, now)).toBe(true);
	});

	it('refuses a resource without the record identifier (the service could not dedupe it)', () => {
		expect(() =>
			createEntry({ id: 'a', table: 'checkins', resource: resourceFor('b'), now })
		).toThrow(/identifier/);
	});
});

describe('transitions', () => {
	const sending = startSending(fresh());
	const sent = markSent(sending, { now, serverId: 's1' });
	const quarantined = markQuarantined(sending, { now, failure: { status: 400, message: 'bad' } });

	it('sends: pending → sending → sent, with the server id', () => {
		expect(sending.state).toBe('sending');
		expect(sent).toMatchObject({ state: 'sent', sentAt: now.toISOString(), serverId: 's1' });
	});

	it('retries later with one more attempt and the reason', () => {
		const retried = scheduleRetry(sending, { now, delayMs: 10_000, failure });
		expect(retried).toMatchObject({
			state: 'pending',
			attempts: 1,
			nextAttemptAt: '2026-03-29T00:30:10.000Z',
			lastError: { status: 503, message: '', at: now.toISOString() }
		});
		expect(isDue(retried, now)).toBe(false);
		expect(isDue(retried, new Date('2026-03-29T00:30:10Z'))).toBe(true);
	});

	it('keeps a refused entry with its reason', () => {
		expect(quarantined).toMatchObject({
			state: 'quarantined',
			lastError: { status: 400, message: 'bad' }
		});
		expect(isDue(quarantined, new Date('2030-01-01'))).toBe(false);
	});

	it('never un-sends: nothing moves a sent entry', () => {
		expect(scheduleRetry(sent, { now, delayMs: 1, failure })).toBe(sent);
		expect(markQuarantined(sent, { now, failure })).toBe(sent);
		expect(release(sent)).toBe(sent);
		expect(postpone(sent, now)).toBe(sent);
		expect(requeue(sent, now)).toBe(sent);
		expect(startSending(sent)).toBe(sent);
	});

	it('leaves a quarantined entry alone until the person tries again', () => {
		expect(markSent(quarantined, { now })).toBe(quarantined);
		expect(scheduleRetry(quarantined, { now, delayMs: 1, failure })).toBe(quarantined);
		expect(startSending(quarantined)).toBe(quarantined);
		const again = requeue(quarantined, now);
		expect(again).toMatchObject({
			state: 'pending',
			attempts: 0,
			nextAttemptAt: now.toISOString()
		});
	});

	it('releases an entry that was not judged, without counting an attempt', () => {
		expect(release(sending)).toEqual(fresh());
		const until = new Date('2026-03-29T01:00:00Z');
		expect(postpone(sending, until)).toMatchObject({
			state: 'pending',
			attempts: 0,
			nextAttemptAt: until.toISOString()
		});
	});

	it('makes a waiting entry due now on "Send now", keeping its attempts', () => {
		const waiting = scheduleRetry(sending, { now, delayMs: 600_000, failure });
		const later = new Date('2026-03-29T00:31:00Z');
		expect(requeue(waiting, later)).toMatchObject({
			state: 'pending',
			attempts: 1,
			nextAttemptAt: later.toISOString()
		});
	});
});

describe('isStale and recordStateOf', () => {
	const weekLater = new Date(now.getTime() + 7 * 24 * 3600 * 1000);

	it('flags an entry unsent for seven days', () => {
		expect(isStale(fresh(), new Date(weekLater.getTime() - 1))).toBe(false);
		expect(isStale(fresh(), weekLater)).toBe(true);
		expect(isStale(markSent(fresh(), { now }), weekLater)).toBe(false);
	});

	it('says where a record is', () => {
		expect(recordStateOf(undefined, now)).toEqual({ kind: 'local' });
		expect(recordStateOf(fresh(), weekLater)).toEqual({
			kind: 'waiting',
			since: now.toISOString(),
			isStale: true
		});
		expect(recordStateOf(startSending(fresh()), now)).toEqual({ kind: 'sending' });
		expect(recordStateOf(markSent(fresh(), { now }), now)).toEqual({
			kind: 'sent',
			at: now.toISOString()
		});
		expect(
			recordStateOf(
				markQuarantined(fresh(), { now, failure: { status: 422, message: 'why' } }),
				now
			)
		).toEqual({ kind: 'quarantined', reason: 'why', at: now.toISOString() });
	});
});

// ── Property: random faults never lose, double or wrongly quarantine an entry ──────────────

type Fault =
	'ok' | 'network-before' | 'network-after' | '500' | '429' | 'proxy-400' | 'garbage-200' | '401';

/** A FHIR service in miniature: conditional create by identifier; refuses "bad" records. */
class FakeService {
	stored = new Map<string, number>();
	constructor(readonly bad: ReadonlySet<string>) {}

	answer(ids: string[], fault: Fault): BundleReply {
		buildTransaction(
			ids.map((id) => ({ id, resourceType: 'Observation', resource: resourceFor(id) }))
		);
		switch (fault) {
			case 'network-before':
				return { kind: 'network-error', message: 'offline' };
			case '500':
				return { kind: 'response', status: 500, body: undefined };
			case '429':
				return { kind: 'response', status: 429, body: undefined, retryAfterMs: 2_000 };
			case '401':
				return { kind: 'response', status: 401, body: undefined };
			case 'proxy-400':
				return { kind: 'response', status: 400, body: '<html>no</html>' };
			case 'garbage-200':
				return { kind: 'response', status: 200, body: '<html>Wi-Fi sign in</html>' };
			case 'ok':
			case 'network-after':
				break;
		}
		const badIndex = ids.findIndex((id) => this.bad.has(id));
		if (badIndex >= 0) {
			// The whole transaction fails and names the bad entry; nothing is stored.
			const issue = [
				{ severity: 'error', diagnostics: 'invalid', expression: [`Bundle.entry[${badIndex}]`] }
			];
			return { kind: 'response', status: 400, body: { resourceType: 'OperationOutcome', issue } };
		}
		const statuses = ids.map((id) => {
			const isReplay = this.stored.has(id);
			if (!isReplay) this.stored.set(id, this.stored.size + 1);
			return isReplay ? '200 OK' : '201 Created';
		});
		if (fault === 'network-after') return { kind: 'network-error', message: 'connection reset' };
		return {
			kind: 'response',
			status: 200,
			body: {
				resourceType: 'Bundle',
				type: 'transaction-response',
				entry: statuses.map((status, index) => ({
					response: { status, location: `Observation/${this.stored.get(ids[index]!)}` }
				}))
			}
		};
	}
}

/** One push, as the pusher does it: take due entries, send, apply the verdict. */
function pushStep(
	entries: Map<string, OutboxEntry>,
	service: FakeService,
	fault: Fault,
	at: Date,
	random: () => number
) {
	const due = [...entries.values()]
		.filter((entry) => isDue(entry, at))
		.sort((a, b) => a.createdAt.localeCompare(b.createdAt))
		.slice(0, MAX_BUNDLE_ENTRIES);
	if (due.length === 0) return;
	for (const entry of due) entries.set(entry.id, startSending(entry));
	const ids = due.map((entry) => entry.id);
	const verdict = readTransactionReply(ids, service.answer(ids, fault));
	const update = (id: string, change: (entry: OutboxEntry) => OutboxEntry) =>
		entries.set(id, change(entries.get(id)!));
	switch (verdict.kind) {
		case 'entries':
			for (const entryVerdict of verdict.entries) {
				const delayMs = retryDelay({ attempt: entries.get(entryVerdict.id)!.attempts + 1, random });
				update(entryVerdict.id, (entry) => applyVerdict(entry, entryVerdict, { now: at, delayMs }));
			}
			break;
		case 'retry':
			for (const id of ids) {
				const delayMs = retryDelay({
					attempt: entries.get(id)!.attempts + 1,
					random,
					retryAfterMs: verdict.retryAfterMs
				});
				update(id, (entry) => scheduleRetry(entry, { now: at, delayMs, failure: verdict.failure }));
			}
			break;
		case 'revoked':
		case 'split':
			for (const id of ids) update(id, release);
			break;
	}
}

describe('outbox state machine under random faults (property)', () => {
	const faults: Fault[] = [
		'ok',
		'network-before',
		'network-after',
		'500',
		'429',
		'proxy-400',
		'garbage-200',
		'401'
	];

	it('never loses, doubles or wrongly quarantines an entry, and delivers once the network is good', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 120 }),
				fc.uniqueArray(fc.nat(119), { maxLength: 5 }),
				fc.array(fc.record({ fault: fc.constantFrom(...faults), advanceMs: fc.nat(20 * 60_000) }), {
					maxLength: 40
				}),
				fc.double({ min: 0, max: 0.999, noNaN: true }),
				(count, badIndexes, steps, jitter) => {
					const ids = Array.from(
						{ length: count },
						(_, index) => `id-${String(index).padStart(3, '0')}`
					);
					const bad = new Set(
						badIndexes.filter((index) => index < count).map((index) => ids[index]!)
					);
					const service = new FakeService(bad);
					const entries = new Map(
						ids.map((id, index) => [id, fresh(id, new Date(now.getTime() + index))])
					);
					let at = new Date(now.getTime() + count);
					const random = () => jitter;

					const check = () => {
						expect([...entries.keys()].sort()).toEqual([...ids].sort());
						for (const entry of entries.values()) {
							if (entry.state === 'sent') expect(service.stored.has(entry.id)).toBe(true);
							if (entry.state === 'quarantined') expect(bad.has(entry.id)).toBe(true);
						}
						for (const id of bad) expect(service.stored.has(id)).toBe(false);
					};

					for (const step of steps) {
						pushStep(entries, service, step.fault, at, random);
						check();
						at = new Date(at.getTime() + step.advanceMs);
					}
					// Then the network is good: every good record arrives, once; bad ones are kept aside.
					for (
						let round = 0;
						round < 200 && [...entries.values()].some((e) => e.state === 'pending');
						round++
					) {
						at = new Date(at.getTime() + 60 * 60_000);
						pushStep(entries, service, 'ok', at, random);
						check();
					}
					for (const entry of entries.values()) {
						expect(entry.state).toBe(bad.has(entry.id) ? 'quarantined' : 'sent');
					}
					expect(service.stored.size).toBe(count - bad.size);
				}
			),
			{ numRuns: 200 }
		);
	});
});
