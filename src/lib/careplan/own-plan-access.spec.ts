import { describe, expect, it } from 'vitest';
import { ownPlanAccess, type OwnPlanAccess } from './own-plan-access';

describe('ownPlanAccess', () => {
	it.each<[string, 'patient' | 'carer' | null, boolean, OwnPlanAccess]>([
		['never linked, no plan from a service', null, false, 'own'],
		['linked as the patient, nothing published yet', 'patient', false, 'own'],
		['linked as the patient, a plan published', 'patient', true, 'service-plan'],
		['unlinked, a plan published before', null, true, 'service-plan'],
		['a carer, nothing published', 'carer', false, 'carer'],
		['a carer, a plan published', 'carer', true, 'carer']
	])('%s: %s', (_, role, hasServicePlan, expected) => {
		expect(ownPlanAccess({ role, hasServicePlan })).toBe(expected);
	});
});
