import { diffCarePlans, type SectionChanges } from './diff';
import type { CarePlanVersion, SeenPlan } from './types';

/** What to tell the person about their service plan since they last confirmed reading it. */
export type PlanUpdate =
	| { kind: 'none' }
	/** The service shared a plan and the person has not confirmed reading any. */
	| { kind: 'first' }
	| { kind: 'updated'; sections: SectionChanges[] };

/**
 * The notice for `plan` given the version last confirmed as read. Only plans from the
 * service get one: a person's own plan changes only when they change it (D-021). A new
 * version whose content is the same says nothing.
 */
export function planUpdate(plan: CarePlanVersion | null, seen: SeenPlan | null): PlanUpdate {
	if (plan?.source !== 'service') return { kind: 'none' };
	if (!seen) return { kind: 'first' };
	if (seen.planId === plan.planId && seen.versionId === plan.versionId) return { kind: 'none' };
	const sections = diffCarePlans(seen.content, plan.content);
	return sections.length > 0 ? { kind: 'updated', sections } : { kind: 'none' };
}
