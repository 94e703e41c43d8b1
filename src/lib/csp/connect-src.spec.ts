import { describe, expect, it } from 'vitest';
import { parseConnectSrc } from './connect-src';

describe('parseConnectSrc', () => {
	it.each([
		[undefined, []],
		['', []],
		['  ', []],
		['https://fhir.trust.nhs.uk', ['https://fhir.trust.nhs.uk']],
		[
			' https://fhir.trust.nhs.uk/  https://enrol.trust.nhs.uk:8443 https://fhir.trust.nhs.uk ',
			['https://fhir.trust.nhs.uk', 'https://enrol.trust.nhs.uk:8443']
		],
		['HTTPS://FHIR.Trust.NHS.uk', ['https://fhir.trust.nhs.uk']],
		['http://localhost:8103', ['http://localhost:8103']]
	])('%j → %j', (value, origins) => {
		expect(parseConnectSrc(value)).toEqual(origins);
	});

	it.each([
		'http://fhir.trust.nhs.uk',
		'https://fhir.trust.nhs.uk/fhir',
		'https://fhir.trust.nhs.uk/?a=1',
		'https://user:pass@fhir.trust.nhs.uk',
		'fhir.trust.nhs.uk',
		'*',
		"'self'"
	])('refuses %s, naming it', (entry) => {
		expect(() => parseConnectSrc(`https://ok.example ${entry}`)).toThrow(entry);
	});
});
