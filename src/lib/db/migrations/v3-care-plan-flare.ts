import type { Migration } from './types';

/**
 * Version 3: the person's own care plan and the flare log (issue: care plan and flare-up).
 * - ownCarePlan: one row, key 'current': the plan a self-guided person wrote themselves.
 *   Plans from the service stay in `pulled` as the FHIR CarePlan they came as.
 * - flareLogs: flare-ups, by start time.
 */
export const v3CarePlanFlare: Migration = {
	version: 3,
	stores: {
		ownCarePlan: '&key',
		flareLogs: '&id, startedAt'
	}
};
