/**
 * Nothing lost, nothing doubled (DESIGN §4, §7), shown end to end: the app's real outbox
 * and pusher against Tend's real transaction endpoint, through a network that drops,
 * repeats, delays and garbles. Model-based: fast-check draws a sequence of things that
 * happen (records saved, pushes — sometimes two tabs at once —, time passing, the device
 * revoked and linked again, records the service truly refuses) and a fault schedule.
 *
 * Invariants after every step: no outbox entry is ever removed; no record is stored twice;
 * an entry marked sent is stored exactly once; only a truly refused record is quarantined
 * and none is stored; a revoked device stores nothing more. After the run is driven until
 * quiescent: every valid record is stored exactly once and marked sent, every refused one
 * quarantined.
 *
 * Two deliberately broken variants (a service that forgets replays, an app that counts a
 * lost request as sent) must make the same property fail, so the property can fail.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { checkinToObservation } from '$lib/checkin/fhir';
import { IDENTIFIER_SYSTEM, identifierValue } from '$lib/sync/bundle';
import { readBundleSizing } from '$lib/sync/bundle-size-repo';
import { enqueueRecord } from '$lib/sync/outbox-repo';
import { pushOnce } from '$lib/sync/pusher';
import type { RecordLink } from '$lib/sync/types';
import { faultyFetch, type Fault, type FaultLog, type Server } from './fault-layer';
import {
	AppWorld,
	checkin,
	FHIR_BASE,
	INVALID_KINDS,
	invalidResource,
	recordId,
	ServiceWorld,
	type InvalidKind
} from './sync-world';

const HOUR = 60 * 60_000;
/** Rounds of "an hour passes, the app pushes" allowed before the run must be quiescent. */
const MAX_DRAIN_ROUNDS = 80;
const REFUSAL_STATUSES = new Set([400, 403, 409, 412, 422]);

interface Model {
	valid: Set<string>;
	invalid: Map<string, InvalidKind>;
	next: number;
}

interface Real {
	service: ServiceWorld;
	app: AppWorld;
	clock: { now: Date };
	fetch: typeof fetch;
	random: () => number;
	role: RecordLink['role'];
	deviceId: string;
	stats: Stats;
}

/** What the runs did, summed, for the closing report. */
class Stats {
	runs = 0;
	commands: Record<string, number> = {};
	validRecords = 0;
	invalidRecords: Record<string, number> = {};
	requests = 0;
	deliveries = 0;
	replays = 0;
	twoTabPushes = 0;
	revocations = 0;
	quarantined = 0;
	maxDrainRounds = 0;
	faults: Record<string, number> = {};

	count(table: Record<string, number>, key: string, by = 1): void {
		table[key] = (table[key] ?? 0) + by;
	}

	addLog(log: FaultLog): void {
		this.requests += log.calls;
		this.deliveries += log.serverCalls;
		for (const [kind, n] of Object.entries(log.faults)) this.count(this.faults, kind, n);
	}
}

// ---- the things that happen -------------------------------------------------------------

const link = (real: Real): RecordLink => ({ patientId: real.service.patient.id, role: real.role });

async function addRecords(model: Model, real: Real, scores: readonly number[], note: boolean) {
	for (const score of scores) {
		const id = recordId(model.next++);
		model.valid.add(id);
		const record = checkin(id, score, real.clock.now, note ? 'Worse after gardening' : undefined);
		await enqueueRecord(
			real.app.db,
			'checkins',
			record,
			(owner) => checkinToObservation(record, owner),
			real.clock.now
		);
		real.stats.validRecords++;
	}
}

/** One tab's push run, as the engine does it: only while linked, with the stored token. */
async function push(real: Real, tab: 0 | 1) {
	const token = await real.app.token();
	if (token === null) return;
	await pushOnce({
		db: real.app.tabs[tab],
		fetch: real.fetch,
		now: () => real.clock.now,
		random: real.random,
		fhirBase: FHIR_BASE,
		token
	});
}

type Command = fc.AsyncCommand<Model, Real>;

const command = (name: string, run: (model: Model, real: Real) => Promise<void>): Command => ({
	check: () => true,
	async run(model, real) {
		real.stats.count(real.stats.commands, name.replace(/\(.*$/, ''));
		await run(model, real);
		await checkInvariants(model, real);
	},
	toString: () => name
});

const addCommand = (scores: number[], note: boolean) =>
	command(`add(${scores.join(',')}${note ? ', note' : ''})`, (model, real) =>
		addRecords(model, real, scores, note)
	);

const addInvalidCommand = (kind: InvalidKind) =>
	command(`add-invalid(${kind})`, async (model, real) => {
		const id = recordId(model.next++);
		if (kind === 'taken-identifier') real.service.storeForOther(id);
		const resource = invalidResource(kind, id, link(real), real.service.other.id, real.clock.now);
		await real.app.inject(id, resource, real.clock.now);
		model.invalid.set(id, kind);
		real.stats.count(real.stats.invalidRecords, kind);
	});

/** A push, with records saved while it is under way. */
const pushCommand = (scores: number[]) =>
	command(`push(+${scores.length} meanwhile)`, async (model, real) => {
		await Promise.all([push(real, 0), addRecords(model, real, scores, false)]);
	});

/** Two tabs pushing at once, as if the push lock were missing. */
const pushTwoCommand = command('push-two-tabs', async (_model, real) => {
	real.stats.twoTabPushes++;
	await Promise.all([push(real, 0), push(real, 1)]);
});

const advanceCommand = (ms: number) =>
	command(`advance(${ms / 1000}s)`, async (_model, real) => {
		real.clock.now = new Date(real.clock.now.getTime() + ms);
	});

const revokeCommand = command('revoke', async (_model, real) => {
	if (real.service.revoked.has(real.deviceId)) return;
	real.service.revoke(real.deviceId);
	real.stats.revocations++;
});

/** The person links the app again, once it has learned that the service unlinked it. */
async function relinkIfRevoked(real: Real): Promise<void> {
	if (!(await real.app.isRevoked())) return;
	const device = real.service.enrol(real.role);
	await real.app.link(real.service.patient, device, real.role, real.clock.now);
	real.deviceId = device.deviceId;
}

const relinkCommand = command('relink', async (_model, real) => relinkIfRevoked(real));

// ---- invariants -------------------------------------------------------------------------

async function checkInvariants(model: Model, real: Real): Promise<void> {
	const entries = await real.app.db.outbox.toArray();
	const expected = [...model.valid, ...model.invalid.keys()];
	const present = new Set(entries.map((entry) => entry.id));
	const missing = expected.filter((id) => !present.has(id));
	if (missing.length > 0 || present.size !== expected.length) {
		throw new Error(`outbox lost ${missing.join(', ') || 'nothing'}; holds ${present.size}`);
	}
	const copies = real.service.storedCopies();
	const patientId = real.service.patient.id;
	for (const entry of entries) {
		const stored = copies.get(identifierValue(entry.id)) ?? [];
		const ours = stored.filter((patient) => patient === patientId).length;
		const kind = model.invalid.get(entry.id);
		if (kind === undefined) {
			if (ours > 1) throw new Error(`record ${entry.id} stored ${ours} times`);
			if (stored.length !== ours) throw new Error(`record ${entry.id} stored for another patient`);
			if (entry.state === 'sent' && ours !== 1) {
				throw new Error(`record ${entry.id} marked sent but stored ${ours} times`);
			}
			if (entry.state === 'quarantined') {
				throw new Error(`valid record ${entry.id} quarantined: ${entry.lastError?.message}`);
			}
		} else {
			if (ours > 0) throw new Error(`refused record ${entry.id} (${kind}) stored`);
			if (entry.state === 'sent') throw new Error(`refused record ${entry.id} marked sent`);
			if (kind === 'taken-identifier' && stored.length !== 1) {
				throw new Error(`the other patient's record ${entry.id} stored ${stored.length} times`);
			}
		}
	}
	for (const [deviceId, before] of real.service.revoked) {
		const after = real.service.storedBy(deviceId);
		if (after !== before) throw new Error(`revoked device ${deviceId} stored ${after - before}`);
	}
}

/** Time passes and the app pushes, until nothing waits. */
async function drain(real: Real): Promise<number> {
	for (let round = 0; round < MAX_DRAIN_ROUNDS; round++) {
		await relinkIfRevoked(real);
		if ((await countWaiting(real)) === 0) return round;
		real.clock.now = new Date(real.clock.now.getTime() + HOUR);
		await push(real, 0);
	}
	throw new Error(`still ${await countWaiting(real)} waiting after ${MAX_DRAIN_ROUNDS} rounds`);
}

async function countWaiting(real: Real): Promise<number> {
	const entries = await real.app.db.outbox.toArray();
	return entries.filter((entry) => entry.state === 'pending' || entry.state === 'sending').length;
}

async function checkQuiescent(model: Model, real: Real): Promise<void> {
	await checkInvariants(model, real);
	const entries = new Map((await real.app.db.outbox.toArray()).map((entry) => [entry.id, entry]));
	const copies = real.service.storedCopies();
	for (const id of model.valid) {
		const entry = entries.get(id);
		if (entry?.state !== 'sent') throw new Error(`record ${id} ended ${entry?.state}`);
		if ((copies.get(identifierValue(id)) ?? []).length !== 1) {
			throw new Error(`record ${id} not stored exactly once`);
		}
	}
	for (const [id, kind] of model.invalid) {
		const entry = entries.get(id);
		if (entry?.state !== 'quarantined')
			throw new Error(`refused ${id} (${kind}) ended ${entry?.state}`);
		const status = entry.lastError?.status ?? null;
		if (status === null || !REFUSAL_STATUSES.has(status)) {
			throw new Error(`refused ${id} (${kind}) quarantined for status ${status}`);
		}
	}
	const ours = [...copies.values()].flat().filter((p) => p === real.service.patient.id).length;
	if (ours !== model.valid.size) throw new Error(`${ours} stored for ${model.valid.size} records`);
	const records = await real.app.db.checkins.count();
	if (records !== model.valid.size) throw new Error(`${records} check-ins for ${model.valid.size}`);
}

// ---- arbitraries ------------------------------------------------------------------------

const score = fc.integer({ min: 0, max: 10 });

const faultArb: fc.Arbitrary<Fault> = fc.oneof(
	{ arbitrary: fc.constant({ kind: 'ok' as const }), weight: 6 },
	{ arbitrary: fc.constant({ kind: 'drop-request' as const }), weight: 2 },
	{ arbitrary: fc.constant({ kind: 'drop-response' as const }), weight: 2 },
	{
		arbitrary: fc.constantFrom(500, 502, 503, 504).map((status) => ({
			kind: 'server-error' as const,
			status
		})),
		weight: 1
	},
	{
		arbitrary: fc.integer({ min: 1, max: 120 }).map((retryAfterSeconds) => ({
			kind: 'too-many' as const,
			retryAfterSeconds
		})),
		weight: 1
	},
	{ arbitrary: fc.constant({ kind: 'duplicate' as const }), weight: 2 },
	{
		arbitrary: fc.integer({ min: 0, max: 3 }).map((ms) => ({ kind: 'delay' as const, ms })),
		weight: 2
	},
	{ arbitrary: fc.constant({ kind: 'cut-response' as const }), weight: 1 },
	{
		arbitrary: fc.constantFrom(200, 403, 511).map((status) => ({
			kind: 'portal' as const,
			status
		})),
		weight: 1
	}
);

function commandsArb(withInvalid: boolean) {
	const add = fc
		.tuple(fc.array(score, { minLength: 1, maxLength: 6 }), fc.boolean())
		.map(([scores, note]) => addCommand(scores, note));
	const addInvalid = fc
		.constantFrom(...(Object.keys(INVALID_KINDS) as InvalidKind[]))
		.map(addInvalidCommand);
	const pushArb = fc.array(score, { maxLength: 3 }).map(pushCommand);
	return fc.commands(
		[
			add,
			add,
			add,
			...(withInvalid ? [addInvalid] : []),
			pushArb,
			pushArb,
			pushArb,
			fc.constant(pushTwoCommand),
			fc.constant(pushTwoCommand),
			fc.constantFrom(0, 1_000, 5_000, 60_000, 15 * 60_000).map(advanceCommand),
			fc.constant(revokeCommand),
			fc.constant(relinkCommand)
		],
		{ maxCommands: 20, size: 'max' }
	);
}

/** A small deterministic PRNG for the backoff jitter (mulberry32). */
function seeded(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

// ---- the property -----------------------------------------------------------------------

interface Variant {
	/** Wraps the service, e.g. to break it. */
	server?: (serve: Server) => Server;
	/** Wraps the app's fetch, e.g. to break it. */
	client?: (fetch: typeof globalThis.fetch) => typeof globalThis.fetch;
	withInvalid?: boolean;
	/** A further check once the run is quiescent. */
	check?: (real: Real) => Promise<void>;
}

function syncProperty(stats: Stats, variant: Variant = {}) {
	return fc.asyncProperty(
		commandsArb(variant.withInvalid ?? true),
		fc.array(faultArb, { maxLength: 30 }),
		fc.constantFrom<RecordLink['role']>('patient', 'carer'),
		fc.integer(),
		async (commands, faults, role, seed) => {
			const clock = { now: new Date('2026-03-02T08:00:00Z') };
			const service = new ServiceWorld(() => clock.now);
			const app = new AppWorld();
			try {
				const device = service.enrol(role);
				await app.link(service.patient, device, role, clock.now);
				const layer = faultyFetch(variant.server?.(service.serve) ?? service.serve, faults);
				const model: Model = { valid: new Set(), invalid: new Map(), next: 1 };
				const real: Real = {
					service,
					app,
					clock,
					fetch: variant.client?.(layer.fetch) ?? layer.fetch,
					random: seeded(seed),
					role,
					deviceId: device.deviceId,
					stats
				};
				await fc.asyncModelRun(() => ({ model, real }), commands);
				const rounds = await drain(real);
				await checkQuiescent(model, real);
				await variant.check?.(real);
				stats.runs++;
				stats.quarantined += model.invalid.size;
				stats.maxDrainRounds = Math.max(stats.maxDrainRounds, rounds);
				stats.replays += service.store.db
					.prepare<[], { n: number }>(
						"SELECT COUNT(*) AS n FROM audit_event WHERE action = 'fhir.create-replayed'"
					)
					.get()!.n;
				stats.addLog(layer.log);
			} finally {
				app.close();
				service.close();
			}
		}
	);
}

// ---- deliberately broken variants -------------------------------------------------------

/** A service that cannot recognise a replay: every delivery gets its own identifier system. */
const forgetfulService = (serve: Server): Server => {
	let delivery = 0;
	return async (request) => {
		delivery++;
		const system = `${IDENTIFIER_SYSTEM}#${delivery}`;
		const bundle = (await request.json()) as {
			entry: Array<{
				resource: { identifier: Array<{ system: string }> };
				request: { ifNoneExist: string };
			}>;
		};
		for (const entry of bundle.entry) {
			for (const identifier of entry.resource.identifier) {
				if (identifier.system === IDENTIFIER_SYSTEM) identifier.system = system;
			}
			entry.request.ifNoneExist = entry.request.ifNoneExist.replace(IDENTIFIER_SYSTEM, system);
		}
		return serve(
			new Request(request.url, {
				method: 'POST',
				headers: request.headers,
				body: JSON.stringify(bundle)
			})
		);
	};
};

/** An app that takes a request lost on the network for a success. */
const optimisticApp =
	(fetch: typeof globalThis.fetch): typeof globalThis.fetch =>
	async (input, init) => {
		try {
			return await fetch(input, init);
		} catch {
			const bundle = JSON.parse(String(init?.body)) as { entry: unknown[] };
			const entry = bundle.entry.map(() => ({ response: { status: '201 Created' } }));
			return new Response(
				JSON.stringify({ resourceType: 'Bundle', type: 'transaction-response', entry }),
				{ status: 200, headers: { 'content-type': 'application/fhir+json' } }
			);
		}
	};

/**
 * A service that takes at most `limit` entries per transaction and refuses a larger one as
 * a whole, naming no entry (as Medplum does past 8).
 */
const strictService =
	(limit: number) =>
	(serve: Server): Server =>
	async (request) => {
		const bundle = (await request.clone().json()) as { entry?: unknown[] };
		if ((bundle.entry?.length ?? 0) <= limit) return serve(request);
		const outcome = {
			resourceType: 'OperationOutcome',
			issue: [{ severity: 'error', code: 'too-costly', diagnostics: 'Too many entries' }]
		};
		return new Response(JSON.stringify(outcome), {
			status: 400,
			headers: { 'content-type': 'application/fhir+json' }
		});
	};

// ---- the tests --------------------------------------------------------------------------

const stats = new Stats();

afterAll(() => {
	if (stats.runs === 0) return;
	console.log(
		[
			`sync fault injection: ${stats.runs} schedules, ${stats.requests} requests, ` +
				`${stats.deliveries} reached the service, ${stats.replays} replays answered 200`,
			`records: ${stats.validRecords} valid, refused ${JSON.stringify(stats.invalidRecords)}`,
			`steps: ${JSON.stringify(stats.commands)}`,
			`quarantined: ${stats.quarantined}, two-tab pushes: ${stats.twoTabPushes}, ` +
				`revocations: ${stats.revocations}, ` +
				`most drain rounds: ${stats.maxDrainRounds}`,
			`faults injected: ${JSON.stringify(stats.faults)}`
		].join('\n')
	);
});

describe('sync under faults, against the real service', () => {
	it('loses nothing, doubles nothing, and quarantines only what the service refused', async () => {
		await fc.assert(syncProperty(stats), { numRuns: 300 });
		expect(stats.runs).toBe(300);
	}, 180_000);

	it('loses and doubles nothing against a service that takes 3 entries per Bundle, and remembers no size it refused', async () => {
		const STRICT_LIMIT = 3;
		const strictStats = new Stats();
		let remembered = 0;
		const check = async (real: Real) => {
			const sizing = await readBundleSizing(real.app.db, FHIR_BASE);
			if (sizing && sizing.size > STRICT_LIMIT) throw new Error(`remembered ${sizing.size}`);
			if (sizing) remembered++;
		};
		await fc.assert(syncProperty(strictStats, { server: strictService(STRICT_LIMIT), check }), {
			numRuns: 100
		});
		expect(strictStats.runs).toBe(100);
		expect(remembered).toBeGreaterThan(0); // the schedules did make it learn
	}, 120_000);

	it('fails when the service forgets replays (the property can catch doubles)', async () => {
		const result = await fc.check(
			syncProperty(new Stats(), { server: forgetfulService, withInvalid: false }),
			{ numRuns: 200, seed: 4242, endOnFailure: true }
		);
		expect(result.failed).toBe(true);
		expect(String(result.errorInstance)).toMatch(/stored [2-9] times|not stored exactly once/);
	}, 60_000);

	it('fails when the app counts a lost request as sent (the property can catch losses)', async () => {
		const result = await fc.check(
			syncProperty(new Stats(), { client: optimisticApp, withInvalid: false }),
			{ numRuns: 200, seed: 4242, endOnFailure: true }
		);
		expect(result.failed).toBe(true);
		expect(String(result.errorInstance)).toMatch(/marked sent but stored 0 times/);
	}, 60_000);
});
