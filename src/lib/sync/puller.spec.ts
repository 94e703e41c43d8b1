import { afterEach, describe, expect, it } from 'vitest';
import type { AppDb } from '$lib/db/app-db';
import { pulledOfType, readLastCheckedAt, readLastPulledAt } from './pull-repo';
import { pull } from './puller';
import { FHIR_BASE, openTestDb, testEnrolment, TOKEN } from './test-support';

const now = new Date('2026-03-29T00:30:00Z');
let db: AppDb;
afterEach(() => db?.close());

type Route = (url: URL) => Response | 'network-error';
const requested: string[] = [];

function fakeFetch(route: Route): typeof fetch {
	return async (input, init) => {
		const url = new URL(String(input));
		requested.push(url.pathname.replace('/fhir/', '') + url.search);
		expect(new Headers(init?.headers).get('authorization')).toBe(`Bearer ${TOKEN}`);
		const answer = route(url);
		if (answer === 'network-error') throw new TypeError('Failed to fetch');
		return answer;
	};
}

const searchset = (resources: object[], extra: object = {}) =>
	new Response(
		JSON.stringify({
			resourceType: 'Bundle',
			type: 'searchset',
			entry: resources.map((resource) => ({ resource })),
			...extra
		}),
		{ status: 200, headers: { 'Content-Type': 'application/fhir+json' } }
	);

const carePlan = (id: string, lastUpdated = '2026-03-28T10:00:00Z') => ({
	resourceType: 'CarePlan',
	id,
	meta: { lastUpdated }
});

async function setUp() {
	requested.length = 0;
	db = openTestDb();
	await db.enrolment.put(testEnrolment());
}

const run = (fetch: typeof globalThis.fetch, types = ['CarePlan']) =>
	pull({ db, fetch, now: () => now, fhirBase: FHIR_BASE, token: TOKEN, types });

describe('pull', () => {
	it('fetches everything the first time and remembers the server time as the watermark', async () => {
		await setUp();
		const fetch = fakeFetch(() =>
			searchset([carePlan('cp1'), carePlan('cp2')], {
				meta: { lastUpdated: '2026-03-29T00:29:58Z' }
			})
		);
		expect(await run(fetch)).toEqual({ outcome: 'done', stored: 2, failedTypes: [] });
		expect(requested).toEqual(['CarePlan']);
		expect((await pulledOfType(db, 'CarePlan')).map((resource) => resource.id)).toEqual([
			'cp1',
			'cp2'
		]);
		expect(await readLastPulledAt(db, 'CarePlan')).toBe('2026-03-29T00:29:58Z');
		expect(await db.pulled.get(['CarePlan', 'cp1'])).toMatchObject({
			pulledAt: now.toISOString(),
			lastUpdated: '2026-03-28T10:00:00Z'
		});
	});

	it('asks only for what changed since the watermark, and replaces older copies', async () => {
		await setUp();
		await run(
			fakeFetch(() =>
				searchset([carePlan('cp1')], { meta: { lastUpdated: '2026-03-29T00:00:00Z' } })
			)
		);
		const newer = { ...carePlan('cp1', '2026-03-29T00:20:00Z'), status: 'active' };
		await run(
			fakeFetch(() => searchset([newer], { meta: { lastUpdated: '2026-03-29T00:29:00Z' } }))
		);
		expect(requested[1]).toBe('CarePlan?_lastUpdated=gt2026-03-29T00%3A00%3A00Z');
		expect(await pulledOfType(db, 'CarePlan')).toEqual([newer]);
		expect(await readLastPulledAt(db, 'CarePlan')).toBe('2026-03-29T00:29:00Z');
	});

	it('uses the newest resource time when the searchset has none, and keeps the watermark when nothing came', async () => {
		await setUp();
		await run(
			fakeFetch(() =>
				searchset([
					carePlan('a', '2026-03-27T00:00:00Z'),
					carePlan('b', '2026-03-28T00:00:00+01:00')
				])
			)
		);
		expect(await readLastPulledAt(db, 'CarePlan')).toBe('2026-03-28T00:00:00+01:00');
		await run(fakeFetch(() => searchset([])));
		expect(await readLastPulledAt(db, 'CarePlan')).toBe('2026-03-28T00:00:00+01:00');
	});

	it('follows next links on the same origin, storing only when every page has come', async () => {
		await setUp();
		const fetch = fakeFetch((url) =>
			url.searchParams.get('page') === '2'
				? searchset([carePlan('cp2')])
				: searchset([carePlan('cp1')], {
						meta: { lastUpdated: '2026-03-29T00:29:00Z' },
						link: [{ relation: 'next', url: `${FHIR_BASE}/CarePlan?page=2` }]
					})
		);
		expect((await run(fetch)).stored).toBe(2);
		expect(requested).toEqual(['CarePlan', 'CarePlan?page=2']);
	});

	it('does not send the token to another origin, and does not move the watermark', async () => {
		await setUp();
		const fetch = fakeFetch(() =>
			searchset([carePlan('cp1')], {
				link: [{ relation: 'next', url: 'https://elsewhere.example/fhir/CarePlan?page=2' }]
			})
		);
		expect(await run(fetch)).toEqual({ outcome: 'failed', stored: 0, failedTypes: ['CarePlan'] });
		expect(requested).toEqual(['CarePlan']);
		expect(await readLastPulledAt(db, 'CarePlan')).toBeUndefined();
		expect(await db.pulled.count()).toBe(0);
	});

	it('keeps the watermark when offline, and stops', async () => {
		await setUp();
		const result = await run(
			fakeFetch(() => 'network-error'),
			['CarePlan', 'Task']
		);
		expect(result).toEqual({ outcome: 'offline', stored: 0, failedTypes: ['CarePlan'] });
		expect(requested).toEqual(['CarePlan']);
		expect(await readLastPulledAt(db, 'CarePlan')).toBeUndefined();
	});

	it('carries on with other types when one fails', async () => {
		await setUp();
		const fetch = fakeFetch((url) =>
			url.pathname.endsWith('/Questionnaire')
				? new Response('oops', { status: 500 })
				: searchset([
						{ resourceType: 'Task', id: 't1' },
						{ resourceType: 'CarePlan', id: 'wrong-type' }
					])
		);
		const result = await run(fetch, ['Questionnaire', 'Task']);
		expect(result).toEqual({ outcome: 'failed', stored: 1, failedTypes: ['Questionnaire'] });
		expect((await pulledOfType(db, 'Task')).map((task) => task.id)).toEqual(['t1']);
		expect(await db.pulled.count()).toBe(1);
	});

	it('flags the device as unlinked by the service on 401', async () => {
		await setUp();
		const result = await run(fakeFetch(() => new Response(null, { status: 401 })));
		expect(result.outcome).toBe('revoked');
		expect((await db.enrolment.get('current'))?.revokedAt).toBe(now.toISOString());
	});

	it.each([
		['the patient’s own device', 'patient' as const, ['CarePlan', 'Questionnaire', 'Task']],
		[
			'a carer’s device (the flares the patient shared)',
			'carer' as const,
			['CarePlan', 'Questionnaire', 'Task', 'Observation']
		]
	])('pulls by default what %s reads', async (_, role, expected) => {
		requested.length = 0;
		db = openTestDb();
		await db.enrolment.put(testEnrolment({ role }));
		const fetch = fakeFetch(() => searchset([]));
		await pull({ db, fetch, now: () => now, fhirBase: FHIR_BASE, token: TOKEN });
		expect(requested).toEqual(expected);
	});

	it('notes when each type was last checked, even with nothing new, but not when it failed', async () => {
		await setUp();
		await run(
			fakeFetch(() => searchset([])),
			['CarePlan']
		);
		expect(await readLastCheckedAt(db, 'CarePlan')).toBe(now.toISOString());
		const later = new Date('2026-04-20T09:00:00Z');
		const offline = await pull({
			db,
			fetch: fakeFetch(() => 'network-error'),
			now: () => later,
			fhirBase: FHIR_BASE,
			token: TOKEN,
			types: ['CarePlan']
		});
		expect(offline.outcome).toBe('offline');
		expect(await readLastCheckedAt(db, 'CarePlan')).toBe(now.toISOString());
		expect(await readLastCheckedAt(db, 'Task')).toBeUndefined();
	});
});
