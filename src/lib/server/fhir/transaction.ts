import { randomUUID } from 'node:crypto';
import { recordAudit } from '../audit/audit';
import type { DeviceAuth } from '../auth/device-auth';
import type { Db } from '../store/open-store';
import { attribute } from './attribution';
import { transactionResponse, type TransactionOutcome } from './bundles';
import { checkEntry, zodOutcomes, type CheckedEntry } from './entry-checks';
import { combineOutcomes, conflict, unprocessable, type FhirOutcome } from './outcome';
import { outcomeReply, type FhirReply } from './reply';
import { findByIdentifier, insertResource, type StoredResource } from './resource-repo';
import { MAX_TRANSACTION_ENTRIES, TransactionBundleSchema } from './schemas';

/**
 * `POST [base]` with a transaction Bundle of conditional creates (docs/api.md).
 *
 * Invariant: all or nothing. Every entry is checked before anything is written; then, in
 * one SQLite transaction, each entry either finds its (type, identifier) already stored
 * for this patient (or earlier in the same Bundle) — a replay, answered 200 with the stored
 * resource — or is stored and answered 201. An identifier already used by another patient
 * aborts the whole transaction with 409, and that patient's resource is never shown.
 * References to another entry's fullUrl (`urn:uuid:…`) become `<Type>/<id>`, as FHIR
 * transactions do.
 * See: https://hl7.org/fhir/R4/http.html#trules
 */

class Abort extends Error {
	constructor(readonly result: FhirOutcome) {
		super('transaction aborted');
	}
}

/** Checks and applies a transaction Bundle for the token's patient. */
export function handleTransaction(
	db: Db,
	bundle: unknown,
	auth: DeviceAuth,
	now: Date,
	fhirBase = ''
): FhirReply {
	const checked = checkBundle(bundle, auth.patient.id);
	if (!checked.ok) return outcomeReply(checked.result);
	try {
		const outcomes = db.transaction(() => apply(db, checked.entries, auth, now)).immediate();
		return { status: 200, body: transactionResponse(outcomes, fhirBase, now) };
	} catch (error) {
		if (error instanceof Abort) return outcomeReply(error.result);
		throw error;
	}
}

type RawEntry = {
	fullUrl?: unknown;
	request: Record<string, unknown>;
	resource: Record<string, unknown>;
};

/** Every entry checked; the problems of all failing entries together, or the entries. */
export function checkBundle(
	bundle: unknown,
	patientId: string
): { ok: true; entries: CheckedEntry[] } | { ok: false; result: FhirOutcome } {
	const entryList = (bundle as { entry?: unknown } | null)?.entry;
	if (Array.isArray(entryList) && entryList.length > MAX_TRANSACTION_ENTRIES) {
		return {
			ok: false,
			result: unprocessable(
				`A transaction may hold at most ${MAX_TRANSACTION_ENTRIES} entries.`,
				'Bundle.entry'
			)
		};
	}
	const parsed = TransactionBundleSchema.safeParse(bundle);
	if (!parsed.success) {
		return { ok: false, result: combineOutcomes(zodOutcomes(parsed.error, 'Bundle')) };
	}
	const entries: CheckedEntry[] = [];
	const problems: FhirOutcome[] = [];
	// The raw entries, not zod's copies: unknown elements are stored exactly as sent.
	((entryList ?? []) as RawEntry[]).forEach((entry, index) => {
		const result = checkEntry(entry, index, patientId);
		if (result.ok) entries.push(result.entry);
		else problems.push(...result.problems);
	});
	return problems.length > 0
		? { ok: false, result: combineOutcomes(problems) }
		: { ok: true, entries };
}

type Plan = {
	entry: CheckedEntry;
	existing: StoredResource | null;
	id: string;
	firstIndex: number;
};

function apply(
	db: Db,
	entries: readonly CheckedEntry[],
	auth: DeviceAuth,
	now: Date
): TransactionOutcome[] {
	const plans = planIds(db, entries, auth.patient.id);
	const targets = new Map<string, string>();
	for (const { entry, id } of plans) {
		if (entry.fullUrl) targets.set(entry.fullUrl, `${entry.type}/${id}`);
	}
	const actor = { type: 'device', id: auth.device.id } as const;
	const results: TransactionOutcome[] = [];
	plans.forEach((plan, index) => {
		const earlier = plan.firstIndex < index ? results[plan.firstIndex]?.stored : undefined;
		const replayed = plan.existing ?? earlier;
		if (replayed) {
			recordAudit(db, {
				at: now,
				actor,
				action: 'fhir.create-replayed',
				resourceType: replayed.resourceType,
				resourceId: replayed.id
			});
			results.push({ stored: replayed, created: false });
			return;
		}
		const resource = attribute(
			plan.entry.type,
			rewriteReferences(plan.entry.resource, targets),
			auth
		);
		const stored = insertResource(db, {
			id: plan.id,
			resource: { ...resource, resourceType: plan.entry.type },
			patientId: auth.patient.id,
			identifier: plan.entry.identifier,
			authorDeviceId: auth.device.id,
			now
		});
		recordAudit(db, {
			at: now,
			actor,
			action: 'fhir.create',
			resourceType: stored.resourceType,
			resourceId: stored.id
		});
		results.push({ stored, created: true });
	});
	return results;
}

/** The id each entry will have: the stored one for a replay, else a new one. */
function planIds(db: Db, entries: readonly CheckedEntry[], patientId: string): Plan[] {
	const seen = new Map<string, Plan>();
	return entries.map((entry, index) => {
		const key = JSON.stringify([entry.type, entry.identifier.system, entry.identifier.value]);
		const same = seen.get(key);
		if (same) return { ...same, entry };
		const existing = findByIdentifier(db, entry.type, entry.identifier);
		if (existing && existing.patientId !== patientId) {
			throw new Abort(
				conflict(
					'A resource of this type with this identifier belongs to someone else.',
					`Bundle.entry[${index}].request.ifNoneExist`
				)
			);
		}
		const plan = { entry, existing, id: existing?.id ?? randomUUID(), firstIndex: index };
		seen.set(key, plan);
		return plan;
	});
}

/** A deep copy of the resource with references to other entries' fullUrls resolved. */
function rewriteReferences(
	resource: Record<string, unknown>,
	targets: ReadonlyMap<string, string>
): Record<string, unknown> {
	const copy = structuredClone(resource);
	if (targets.size === 0) return copy;
	const stack: unknown[] = [copy];
	while (stack.length > 0) {
		const value = stack.pop();
		if (value === null || typeof value !== 'object') continue;
		const record = value as Record<string, unknown>;
		for (const [key, child] of Object.entries(record)) {
			const target =
				key === 'reference' && typeof child === 'string' ? targets.get(child) : undefined;
			if (target) record[key] = target;
			else stack.push(child);
		}
	}
	return copy;
}
