import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppDb } from '$lib/db/app-db';
import { migrations } from '$lib/db/migrations';
import { freshIndexedDb } from '$lib/db/test-deps';
import { storePulled } from '$lib/sync/pull-repo';
import { servicePlanVersion } from '../../../tests/fixtures/careplan/care-plan';
import {
	markPlanSeen,
	readCurrentPlan,
	readSeenPlan,
	readServicePlanEntry,
	saveOwnPlan,
	SEEN_PLAN_META_KEY
} from './repo';
import type { CarePlanVersion } from './types';

// Until the FHIR mapping is written, a test stand-in: the version rides in the resource.
vi.mock('./fhir', () => ({
	carePlanFromFhir: (resource: { tendVersion?: CarePlanVersion }) => resource.tendVersion ?? null
}));

let db: AppDb;
afterEach(() => db?.close());

function openDb(): AppDb {
	db = new AppDb('tend-careplan-test', migrations, freshIndexedDb());
	return db;
}

const asResource = (plan: CarePlanVersion, id = plan.planId) => ({
	resourceType: 'CarePlan',
	id,
	meta: { versionId: plan.versionId, lastUpdated: plan.updatedAt },
	tendVersion: plan
});

describe('the plan last read (careplan.seen)', () => {
	it('is null until the person confirms reading a plan', async () => {
		expect(await readSeenPlan(openDb())).toBeNull();
	});

	it('keeps the plan id, version and content of the plan read, and moves on with the next', async () => {
		openDb();
		const v1 = servicePlanVersion();
		await markPlanSeen(db, v1);
		expect(await readSeenPlan(db)).toEqual({
			planId: 'careplan-1',
			versionId: '1',
			content: v1.content
		});
		const v2 = servicePlanVersion({ versionId: '2', updatedAt: '2026-04-01T09:00:00Z' });
		v2.content.whatMatters = ['Swimming again'];
		await markPlanSeen(db, v2);
		expect(await readSeenPlan(db)).toMatchObject({ versionId: '2', content: v2.content });
	});

	it.each([
		['text', 'damaged'],
		['no content', { planId: 'p', versionId: '1' }],
		['content without lists', { planId: 'p', versionId: '1', content: { goals: 'x' } }],
		['numbers for ids', { planId: 1, versionId: 1, content: servicePlanVersion().content }]
	])('ignores a damaged record (%s)', async (_name, value) => {
		openDb();
		await db.meta.put({ key: SEEN_PLAN_META_KEY, value });
		expect(await readSeenPlan(db)).toBeNull();
	});
});

describe('a plan stored before plans had a questionnaire schedule', () => {
	const before = () => {
		const {
			startedOn: _s,
			dischargedOn: _d,
			standardQuestionnaires: _q,
			...content
		} = servicePlanVersion().content;
		return content;
	};
	const unset = { startedOn: null, dischargedOn: null, standardQuestionnaires: [] };

	it('reads the person’s own plan with no dates and no questionnaires', async () => {
		openDb();
		const plan = { ...servicePlanVersion(), source: 'self' as const, content: before() };
		await db.ownCarePlan.put({ key: 'current', plan: plan as unknown as CarePlanVersion });
		expect((await readCurrentPlan(db))?.content).toEqual({ ...before(), ...unset });
	});

	it('reads the plan last read with no dates and no questionnaires', async () => {
		openDb();
		await db.meta.put({
			key: SEEN_PLAN_META_KEY,
			value: { planId: 'careplan-1', versionId: '1', content: before() }
		});
		expect((await readSeenPlan(db))?.content).toEqual({ ...before(), ...unset });
	});
});

describe('the service plan with the resource it came as', () => {
	it('is the newest readable plan, with its resource untouched', async () => {
		openDb();
		const older = asResource(
			servicePlanVersion({ planId: 'a', updatedAt: '2026-01-01T00:00:00Z' })
		);
		const newer = asResource(
			servicePlanVersion({ planId: 'b', updatedAt: '2026-02-01T00:00:00Z' })
		);
		const unreadable = { resourceType: 'CarePlan', id: 'c', meta: { versionId: '1' } };
		await storePulled(db, 'CarePlan', [newer, unreadable, older], undefined, new Date());
		const entry = await readServicePlanEntry(db);
		expect(entry?.plan.planId).toBe('b');
		expect(entry?.resource).toEqual(newer);
	});

	it('comes before the person’s own plan', async () => {
		openDb();
		await saveOwnPlan(db, servicePlanVersion().content, new Date('2026-01-01T00:00:00Z'));
		expect((await readCurrentPlan(db))?.source).toBe('self');
		await storePulled(db, 'CarePlan', [asResource(servicePlanVersion())], undefined, new Date());
		expect((await readCurrentPlan(db))?.source).toBe('service');
	});
});
