import type { CarePlanVersion } from '$lib/careplan/types';
import { mergeRedFlags } from './merge-red-flags';
import { defaultRedFlagGroups } from './red-flags';

const DEFAULTS = defaultRedFlagGroups();

/**
 * The person's current care plan for the flare-up and urgent help pages, and the red flags
 * with the service's additions merged in. Until the plan is read (the database loads after
 * the first screen, docs/decisions.md D-013) and whenever it cannot be, the red flags are
 * the shipped defaults: they never wait on, or depend on, reading the plan.
 */
export class CurrentFlarePlan {
	plan = $state<CarePlanVersion | null>(null);
	/** When the flare-up going on now started (from the flare log), or null. */
	ongoingSince = $state<string | null>(null);
	isLoaded = $state(false);
	groups = $derived(mergeRedFlags(DEFAULTS, this.plan?.content.extraRedFlags ?? []));

	/** Reads the plan once; call after the first screen, e.g. with whenIdle. */
	async load(): Promise<void> {
		try {
			const [{ getDb }, repo, log] = await Promise.all([
				import('$lib/db/db'),
				import('$lib/careplan/repo'),
				import('./log-repo')
			]);
			const db = getDb();
			// A service plan that cannot be read must not hide the person's own plan.
			this.plan = await repo.readCurrentPlan(db).catch(() => repo.readOwnPlan(db));
			this.ongoingSince = (await log.readOngoingFlare(db).catch(() => null))?.startedAt ?? null;
		} catch {
			this.plan = null;
		} finally {
			this.isLoaded = true;
		}
	}
}
