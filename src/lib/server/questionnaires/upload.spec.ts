import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { suppliedQuestionnaires } from '$lib/proms/library';
import { listAuditEvents } from '../audit/audit';
import { handleSearch } from '../fhir/read-search';
import { fhirErrors } from '../fhir/testing';
import { addTestPatient, enrolTestDevice } from '../patients/testing';
import type { Db } from '../store/open-store';
import { addTestStaff, openTestStore } from '../staff/test-store';
import { storedDefinitions } from './catalogue';
import { recordLicenceFromForm } from './licensing';
import { formData, jsonFile, licensedFixture } from './test-support';
import { MAX_DEFINITION_BYTES, uploadDefinitionFromForm } from './upload';

const NOW = new Date('2026-03-02T09:00:00Z');
const LATER = new Date('2026-03-09T09:00:00Z');
const BPI = 'https://fhir.tend.example/Questionnaire/bpi-sf';
let db: Db;
let dispose: () => void;

beforeEach(() => {
	({ db, dispose } = openTestStore());
	addTestStaff(db);
});
afterEach(() => dispose());

const license = (instrument = 'bpi-sf') =>
	recordLicenceFromForm(
		db,
		formData({ instrument, holder: 'Leeds Pain Service', reference: 'MDA-123' }),
		{ staffId: 's1', now: NOW }
	);
const upload = (file: File | string, instrument = 'bpi-sf', now = NOW) =>
	uploadDefinitionFromForm(db, formData({ instrument, definition: file }), { staffId: 's1', now });

describe('uploadDefinitionFromForm', () => {
	it('refuses a definition uploaded without a licence, storing nothing', async () => {
		expect(await upload(jsonFile(licensedFixture('bpi-sf')))).toMatchObject({
			ok: false,
			status: 400,
			instrument: 'bpi-sf',
			errors: [{ field: 'bpi-sf-definition', message: 'staff:definitions.upload.no_licence' }]
		});
		expect(storedDefinitions(db, BPI)).toEqual([]);
	});

	it('stores a licensed definition as an active shared Questionnaire that devices pull', async () => {
		license();
		expect(await upload(jsonFile(licensedFixture('bpi-sf')))).toEqual({
			ok: true,
			instrument: 'bpi-sf',
			version: '0.0.0-fixture',
			status: 'stored'
		});
		const [stored] = storedDefinitions(db, BPI);
		expect(stored?.stored.patientId).toBeNull();
		expect(stored?.stored.resource).toMatchObject({
			resourceType: 'Questionnaire',
			status: 'active'
		});
		expect(fhirErrors(stored?.stored.resource)).toEqual([]);
		const [audit] = listAuditEvents(db, { action: 'questionnaire.definition.upload' });
		expect(audit).toMatchObject({
			actorId: 's1',
			resourceType: 'Questionnaire',
			resourceId: stored?.stored.id,
			detail: { instrument: 'bpi-sf', version: '0.0.0-fixture', retired: [] }
		});

		const device = enrolTestDevice(db, addTestPatient(db));
		const search = handleSearch(db, 'Questionnaire', new URLSearchParams(), {
			auth: device.auth,
			now: NOW,
			fhirBase: 'https://pain.example/fhir'
		});
		const pulled = (search.body as { entry: { resource: Record<string, unknown> }[] }).entry.map(
			(entry) => entry.resource
		);
		expect(suppliedQuestionnaires(pulled).map((q) => q.slug)).toEqual(['bpi-sf']);
	});

	it('lists every problem of a definition outside the subset, with its linkId', async () => {
		license();
		const json = licensedFixture('bpi-sf');
		json.item[0].initial = [{ valueBoolean: true }];
		json.item[2].answerValueSet = 'http://example.org/ValueSet/x';
		const result = await upload(jsonFile(json));
		expect(result).toMatchObject({
			ok: false,
			status: 400,
			errors: [{ message: 'staff:definitions.upload.problems', values: { count: 2 } }]
		});
		expect(!result.ok && result.problems.map((p) => p.linkId)).toEqual(['bpi-1', 'bpi-3']);
		expect(storedDefinitions(db, BPI)).toEqual([]);
	});

	it.each<[string, () => File | string, string]>([
		['no file', () => '', 'staff:definitions.upload.missing'],
		['an empty file', () => new File([], 'empty.json'), 'staff:definitions.upload.missing'],
		[
			'a file that is not JSON',
			() => new File(['{ nope'], 'x.json'),
			'staff:definitions.upload.not_json'
		],
		[
			'a file over the size limit',
			() => new File(['x'.repeat(MAX_DEFINITION_BYTES + 1)], 'big.json'),
			'staff:definitions.upload.too_large'
		],
		[
			'another url than Tend’s for the instrument',
			() =>
				jsonFile({ ...licensedFixture('bpi-sf'), url: 'https://example.org/Questionnaire/bpi' }),
			'staff:definitions.upload.wrong_url'
		],
		[
			'the definition of another instrument',
			() => jsonFile(licensedFixture('pseq')),
			'staff:definitions.upload.wrong_url'
		]
	])('refuses %s', async (_, file, message) => {
		license();
		expect(await upload(file())).toMatchObject({ ok: false, errors: [{ message }] });
		expect(storedDefinitions(db, BPI)).toEqual([]);
	});

	it('refuses a definition that does not fit the scoring, naming the items', async () => {
		license();
		const json = licensedFixture('bpi-sf');
		const group = json.item.find((item: { linkId: string }) => item.linkId === 'bpi-9');
		group.item = group.item.filter((item: { linkId: string }) => item.linkId !== 'bpi-9g');
		const result = await upload(jsonFile(json));
		expect(!result.ok && result.problems).toEqual([
			{ linkId: 'bpi-9g', key: 'staff:definitions.fit.missing_item' }
		]);
	});

	it('answers 404 for an instrument that is not licensed (a free one is bundled)', async () => {
		expect(await upload(jsonFile(licensedFixture('bpi-sf')), 'phq-9')).toMatchObject({
			ok: false,
			status: 404
		});
	});

	it('takes the same version again without change, and refuses other content under it', async () => {
		license();
		await upload(jsonFile(licensedFixture('bpi-sf')));
		expect(await upload(jsonFile(licensedFixture('bpi-sf')), 'bpi-sf', LATER)).toMatchObject({
			ok: true,
			status: 'unchanged'
		});
		const changed = licensedFixture('bpi-sf');
		changed.item[0].text = 'Another placeholder';
		expect(await upload(jsonFile(changed), 'bpi-sf', LATER)).toMatchObject({
			ok: false,
			status: 409,
			errors: [
				{ message: 'staff:definitions.upload.version_taken', values: { version: '0.0.0-fixture' } }
			]
		});
		expect(storedDefinitions(db, BPI)).toHaveLength(1);
		expect(listAuditEvents(db, { action: 'questionnaire.definition.upload' })).toHaveLength(1);
	});

	it('retires the version a new one replaces, which stays readable', async () => {
		license();
		await upload(jsonFile(licensedFixture('bpi-sf')));
		const next = { ...licensedFixture('bpi-sf'), version: '1.0.0' };
		expect(await upload(jsonFile(next), 'bpi-sf', LATER)).toMatchObject({
			ok: true,
			version: '1.0.0'
		});
		expect(
			storedDefinitions(db, BPI)
				.map((each) => [each.definition.version, each.isActive])
				.sort()
		).toEqual([
			['0.0.0-fixture', false],
			['1.0.0', true]
		]);
		const [audit] = listAuditEvents(db, { action: 'questionnaire.definition.upload' });
		expect(audit?.detail).toMatchObject({ version: '1.0.0', retired: ['0.0.0-fixture'] });
	});
});
