import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppDb } from '$lib/db/app-db';
import { storePulled } from '$lib/sync/pull-repo';
import { openTestDb } from '$lib/sync/test-support';
import type { FhirResource } from '$lib/sync/types';
import {
	availableQuestionnaires,
	bundledQuestionnaires,
	findQuestionnaire,
	slugOf,
	suppliedQuestionnaires
} from './library';

const FIXTURES = join(import.meta.dirname, '../../../tests/fixtures/questionnaires');
const fixture = (name: string): FhirResource => ({
	id: name,
	...JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8'))
});

describe('slugOf', () => {
	it('is the last segment of the url, without a version', () => {
		expect(slugOf('https://fhir.tend.example/Questionnaire/phq-9')).toBe('phq-9');
		expect(slugOf('https://fhir.tend.example/Questionnaire/bpi-sf|1.0.0')).toBe('bpi-sf');
	});
});

describe('the questionnaires a device can offer', () => {
	const open: AppDb[] = [];
	afterEach(() => open.splice(0).forEach((db) => db.close()));

	it('bundles the six free instruments, and no licensed one', async () => {
		const slugs = (await bundledQuestionnaires()).map((q) => q.slug);
		expect(slugs.sort()).toEqual(['collaborate', 'fft', 'gad-7', 'pain-nrs', 'peg-3', 'phq-9']);
	});

	it('offers a definition the service supplies, unless retired or unreadable', () => {
		const bpi = fixture('bpi-sf');
		const offered = suppliedQuestionnaires([
			bpi,
			{ ...fixture('pseq'), status: 'retired' },
			{ ...fixture('eq-5d-5l'), item: [{ linkId: 'x', type: 'attachment' }] }
		]);
		expect(offered.map((q) => [q.slug, q.source])).toEqual([['bpi-sf', 'service']]);
	});

	it('never lets a supplied definition replace a bundled one', async () => {
		const db = openTestDb();
		open.push(db);
		const phq9 = JSON.parse(
			readFileSync(join(import.meta.dirname, '../../content/questionnaires/phq-9.json'), 'utf8')
		);
		const altered = { ...phq9, id: 'phq9-copy', title: 'Altered' };
		await storePulled(db, 'Questionnaire', [altered, fixture('bpi-sf')], undefined, new Date());
		const offered = await availableQuestionnaires(db);
		expect(offered.filter((q) => q.slug === 'phq-9').map((q) => q.source)).toEqual(['bundled']);
		expect((await findQuestionnaire(db, 'bpi-sf'))?.source).toBe('service');
		expect(await findQuestionnaire(db, 'nope')).toBeNull();
	});

	it('finds each questionnaire as the full list offers it', async () => {
		const db = openTestDb();
		open.push(db);
		await storePulled(
			db,
			'Questionnaire',
			[fixture('bpi-sf'), fixture('pseq')],
			undefined,
			new Date()
		);
		for (const offered of await availableQuestionnaires(db)) {
			expect(await findQuestionnaire(db, offered.slug)).toEqual(offered);
		}
	});
});
