import { describe, expect, it } from 'vitest';
import { ownPlanVersion, servicePlanVersion } from '../../../tests/fixtures/careplan/care-plan';
import { planUpdate } from './updates';
import type { SeenPlan } from './types';

const v1 = servicePlanVersion();
const seenV1: SeenPlan = { planId: v1.planId, versionId: '1', content: v1.content };
const v2 = servicePlanVersion({ versionId: '2' });
v2.content.flare.firstSteps.push('Phone my daughter');

describe('planUpdate', () => {
	it('says nothing with no plan, or for the person’s own plan', () => {
		expect(planUpdate(null, null)).toEqual({ kind: 'none' });
		expect(planUpdate(ownPlanVersion(), null)).toEqual({ kind: 'none' });
		expect(planUpdate(ownPlanVersion({ versionId: '5' }), seenV1)).toEqual({ kind: 'none' });
	});

	it('announces a first plan from the service', () => {
		expect(planUpdate(v1, null)).toEqual({ kind: 'first' });
	});

	it('says nothing once the current version has been read', () => {
		expect(planUpdate(v1, seenV1)).toEqual({ kind: 'none' });
	});

	it('lists what changed since the version last read', () => {
		const update = planUpdate(v2, seenV1);
		expect(update.kind).toBe('updated');
		expect(update.kind === 'updated' && update.sections).toEqual([
			{
				section: 'flare',
				changes: [
					{
						section: 'flare',
						part: 'firstSteps',
						kind: 'added',
						before: null,
						after: { type: 'text', text: 'Phone my daughter' }
					}
				]
			}
		]);
	});

	it('compares with the version read even when versions were skipped or the plan was replaced', () => {
		const v5 = servicePlanVersion({ planId: 'careplan-2', versionId: '5' });
		v5.content.reviewDate = '2099-07-31';
		const update = planUpdate(v5, seenV1);
		expect(update.kind === 'updated' && update.sections.map((s) => s.section)).toEqual(['review']);
	});

	it('says nothing for a new version with the same content', () => {
		expect(planUpdate(servicePlanVersion({ versionId: '3' }), seenV1)).toEqual({ kind: 'none' });
	});
});
