import { describe, expect, it } from 'vitest';
import {
	checkEntry,
	fhirPath,
	hasIdentifier,
	parseIfNoneExist,
	patientReferences
} from './entry-checks';
import { loadFixture } from './testing';

const PATIENT = 'p1';
const fixtureEntry = (index = 0) =>
	structuredClone(loadFixture('pain-scores-transaction', PATIENT).entry[index]!);

describe('fhirPath', () => {
	it('writes indexes in brackets', () => {
		expect(fhirPath('Bundle', ['entry', 3, 'resource', 'subject'])).toBe(
			'Bundle.entry[3].resource.subject'
		);
	});
});

describe('parseIfNoneExist', () => {
	it.each([
		[
			'identifier=urn:ietf:rfc:3986|urn:uuid:1',
			{ system: 'urn:ietf:rfc:3986', value: 'urn:uuid:1' }
		],
		[
			'identifier=urn%3Aietf%3Arfc%3A3986%7Curn%3Auuid%3A1',
			{ system: 'urn:ietf:rfc:3986', value: 'urn:uuid:1' }
		],
		['identifier=http://x.org/ids|a+b', { system: 'http://x.org/ids', value: 'a+b' }]
	])('%s', (text, expected) => {
		expect(parseIfNoneExist(text)).toEqual(expected);
	});

	it.each([
		'',
		'identifier=',
		'identifier=|x',
		'identifier=x|',
		'identifier=x',
		'status=final',
		'identifier=a|b&status=final',
		'identifier=a|b&identifier=a|b'
	])('refuses %j', (text) => {
		expect(parseIfNoneExist(text)).toBeNull();
	});
});

describe('hasIdentifier', () => {
	const id = { system: 's', value: 'v' };
	it('looks in a list or a single identifier', () => {
		expect(
			hasIdentifier(
				{
					identifier: [
						{ system: 'x', value: 'v' },
						{ system: 's', value: 'v' }
					]
				},
				id
			)
		).toBe(true);
		expect(hasIdentifier({ identifier: { system: 's', value: 'v' } }, id)).toBe(true);
		expect(hasIdentifier({ identifier: [{ system: 's', value: 'w' }] }, id)).toBe(false);
		expect(hasIdentifier({}, id)).toBe(false);
	});
});

describe('patientReferences', () => {
	it('finds Patient references at any depth, relative or absolute', () => {
		const resource = {
			subject: { reference: 'Patient/p1' },
			performer: [
				{ reference: 'Practitioner/x' },
				{ reference: 'https://other.example/fhir/Patient/p2' }
			],
			contained: [
				{ resourceType: 'RelatedPerson', patient: { reference: 'Patient/p3/_history/2' } }
			],
			note: [{ text: 'Patient/p4 is not a reference' }]
		};
		expect(patientReferences(resource, 'R')).toEqual([
			{ path: 'R.contained[0].patient.reference', id: 'p3' },
			{ path: 'R.performer[1].reference', id: 'p2' },
			{ path: 'R.subject.reference', id: 'p1' }
		]);
	});
});

describe('checkEntry', () => {
	it('passes a fixture entry', () => {
		const entry = fixtureEntry();
		expect(checkEntry(entry, 0, PATIENT)).toEqual({
			ok: true,
			entry: {
				fullUrl: entry.fullUrl,
				type: 'Observation',
				identifier: {
					system: 'urn:ietf:rfc:3986',
					value: 'urn:uuid:6f1c2a8e-3b4d-4e5f-9a6b-7c8d9e0f1a2b'
				},
				resource: entry.resource
			}
		});
	});

	const cases: [string, (e: ReturnType<typeof fixtureEntry>) => void, number, string][] = [
		['a PUT', (e) => (e.request.method = 'PUT'), 422, 'Bundle.entry[2].request.method'],
		[
			'a Patient',
			(e) => (e.resource.resourceType = 'Patient'),
			422,
			'Bundle.entry[2].resource.resourceType'
		],
		[
			'a url for another type',
			(e) => (e.request.url = 'ServiceRequest'),
			400,
			'Bundle.entry[2].request.url'
		],
		[
			'no ifNoneExist',
			(e) => delete e.request.ifNoneExist,
			400,
			'Bundle.entry[2].request.ifNoneExist'
		],
		['a bad status', (e) => (e.resource.status = 'done'), 400, 'Bundle.entry[2].resource.status'],
		['no subject', (e) => delete e.resource.subject, 400, 'Bundle.entry[2].resource.subject'],
		[
			'a code without coding',
			(e) => (e.resource.code = { text: 'Pain' }),
			400,
			'Bundle.entry[2].resource.code.coding'
		],
		[
			'a fractional valueInteger',
			(e) => (e.resource.valueInteger = 6.5),
			400,
			'Bundle.entry[2].resource.valueInteger'
		],
		[
			'a bad dateTime',
			(e) => (e.resource.effectiveDateTime = '01/03/2025'),
			400,
			'Bundle.entry[2].resource.effectiveDateTime'
		],
		['two values', (e) => (e.resource.valueString = 'six'), 400, 'Bundle.entry[2].resource'],
		[
			'an empty string',
			(e) => (e.resource.code = { coding: [{ code: '' }] }),
			400,
			'Bundle.entry[2].resource.code.coding[0].code'
		],
		[
			'an identifier missing from the resource',
			(e) => (e.request.ifNoneExist = 'identifier=urn:ietf:rfc:3986|urn:uuid:other'),
			412,
			'Bundle.entry[2].resource.identifier'
		],
		[
			'another subject',
			(e) => (e.resource.subject = { reference: 'Patient/p2' }),
			403,
			'Bundle.entry[2].resource.subject'
		],
		[
			'a subject by URL',
			(e) => (e.resource.subject = { reference: 'https://x/fhir/Patient/p1' }),
			403,
			'Bundle.entry[2].resource.subject'
		],
		[
			'another patient as performer',
			(e) => (e.resource.performer = [{ reference: 'Patient/p2' }]),
			403,
			'Bundle.entry[2].resource.performer[0].reference'
		]
	];
	it.each(cases)('refuses %s with %i at %s', (_name, change, status, expression) => {
		const entry = fixtureEntry();
		change(entry);
		const result = checkEntry(entry, 2, PATIENT);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems[0]?.status).toBe(status);
		expect(result.problems[0]?.outcome.issue[0]?.expression).toEqual([expression]);
	});

	it('never quotes the value it refuses', () => {
		const entry = fixtureEntry();
		entry.resource.status = 'Sam Jones, 943 476 5919';
		const result = checkEntry(entry, 0, PATIENT);
		expect(JSON.stringify(result)).not.toContain('943 476 5919');
	});

	it('keeps unknown R4 elements and extensions', () => {
		const entry = fixtureEntry();
		entry.resource.extension = [{ url: 'https://tend.example/ext/flare', valueBoolean: true }];
		entry.resource.text = {
			status: 'generated',
			div: '<div xmlns="http://www.w3.org/1999/xhtml">6</div>'
		};
		expect(checkEntry(entry, 0, PATIENT).ok).toBe(true);
	});
});
