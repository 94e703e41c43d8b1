import type { Migration } from './types';
import { v1Initial } from './v1-initial';
import { v2Sync } from './v2-sync';
import { v3CarePlanFlare } from './v3-care-plan-flare';
import { v4Questionnaires } from './v4-questionnaires';

/**
 * Every schema version, oldest first. To change the schema, add a `vN-name.ts` file with
 * the next version number and append it here; never edit a version that has shipped.
 */
export const migrations: readonly Migration[] = [
	v1Initial,
	v2Sync,
	v3CarePlanFlare,
	v4Questionnaires
];
