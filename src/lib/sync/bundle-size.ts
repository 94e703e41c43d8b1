/**
 * How many entries to put in one transaction Bundle for a service, learned from what it
 * accepts (docs/decisions.md D-022). Some FHIR servers take fewer conditional creates per
 * transaction than Tend's 50 and refuse a larger Bundle as a whole without naming an entry
 * (Medplum: 8); finding the size by halving costs requests on every run, so it is kept.
 *
 * Invariants: the size shrinks only on clear evidence — a Bundle refused as a whole none of
 * whose records was then refused on its own — and only to a size the service accepted in
 * the same run; it grows only by a probe (double, at most 50) after GROW_AFTER full Bundles
 * were accepted at the remembered size, and only to a size the service accepted. A refusal
 * that a single record explains teaches nothing about size.
 */
import { chunk, MAX_BUNDLE_ENTRIES } from './bundle';

/** Full Bundles accepted at the remembered size before a larger one is tried. */
export const GROW_AFTER = 20;

/** What is remembered for one service; none means it takes the full 50. */
export interface BundleSizing {
	/** The largest Bundle the service is known to take. */
	size: number;
	/** Bundles of that size accepted since it was learned. */
	fullAccepted: number;
}

/** The size of the next Bundle: the remembered one, or a probe twice as large. */
export function nextBundleSize(sizing: BundleSizing | undefined): number {
	if (!sizing) return MAX_BUNDLE_ENTRIES;
	return sizing.fullAccepted >= GROW_AFTER
		? Math.min(MAX_BUNDLE_ENTRIES, sizing.size * 2)
		: sizing.size;
}

/**
 * A Bundle refused as a whole, in smaller groups: in Bundles of the size known to work when
 * it was larger (a failed probe costs one request), else in halves to find the record.
 */
export function splitRefused<T>(group: readonly T[], sizing: BundleSizing | undefined): T[][] {
	const known = sizing?.size ?? MAX_BUNDLE_ENTRIES;
	if (group.length > known) return chunk(group, known);
	const middle = Math.ceil(group.length / 2);
	return [group.slice(0, middle), group.slice(middle)];
}

/** What one batch showed: sizes the service judged entry by entry, and sizes it refused whole. */
export interface SizeEvidence {
	accepted: number[];
	/** Only refusals no single record explains. */
	refusedWhole: number[];
}

/** Notes the Bundles of one batch as the pusher sends them; pure, no I/O. */
export class BatchSizes {
	readonly #accepted: number[] = [];
	readonly #refused: string[][] = [];
	readonly #quarantined = new Set<string>();

	/** The service answered each entry of a Bundle of this many. */
	accepted(size: number, quarantinedIds: readonly string[]): void {
		this.#accepted.push(size);
		for (const id of quarantinedIds) this.#quarantined.add(id);
	}

	/** The service refused a Bundle of these entries as a whole. */
	refused(ids: readonly string[]): void {
		this.#refused.push([...ids]);
	}

	/** The evidence once the batch is over (every entry judged). */
	evidence(): SizeEvidence {
		return {
			accepted: [...this.#accepted],
			refusedWhole: this.#refused
				.filter((ids) => !ids.some((id) => this.#quarantined.has(id)))
				.map((ids) => ids.length)
		};
	}
}

/**
 * What to remember after a batch; undefined means the full 50 (nothing to store).
 * @param sizing - what was remembered before the batch
 */
export function learnBundleSize(
	sizing: BundleSizing | undefined,
	evidence: SizeEvidence
): BundleSizing | undefined {
	if (evidence.refusedWhole.length > 0) {
		const smallestRefused = Math.min(...evidence.refusedWhole);
		const worked = evidence.accepted.filter((size) => size < smallestRefused);
		// Nothing accepted yet (the run stopped early): keep what was known.
		return worked.length > 0 ? { size: Math.max(...worked), fullAccepted: 0 } : sizing;
	}
	if (!sizing) return undefined;
	const largest = Math.max(0, ...evidence.accepted);
	if (largest > sizing.size) {
		return largest >= MAX_BUNDLE_ENTRIES ? undefined : { size: largest, fullAccepted: 0 };
	}
	const full = evidence.accepted.filter((size) => size === sizing.size).length;
	return full === 0 ? sizing : { size: sizing.size, fullAccepted: sizing.fullAccepted + full };
}
