import { describe, expect, it } from 'vitest';
import { BUILT_CONNECT_SRC, isConnectAllowed } from './allowed';
import { parseConnectSrc } from './connect-src';

const own = 'https://tend.example.nhs.uk';
const allowed = ['https://fhir.trust.nhs.uk'];

describe('isConnectAllowed', () => {
	it.each([
		['the app’s own origin', 'https://tend.example.nhs.uk/api/enrol', true],
		['an origin the build listed', 'https://fhir.trust.nhs.uk/fhir/R4', true],
		['another origin', 'https://evil.example/fhir', false],
		['the listed host on another port', 'https://fhir.trust.nhs.uk:8443/fhir', false],
		['the listed host over http', 'http://fhir.trust.nhs.uk/fhir', false],
		['not an address', 'not a url', false]
	])('%s', (_, url, expected) => {
		expect(isConnectAllowed(url, own, allowed)).toBe(expected);
	});

	it('uses the list built in from TEND_CONNECT_SRC by default', () => {
		expect(BUILT_CONNECT_SRC).toEqual(parseConnectSrc(process.env.TEND_CONNECT_SRC));
		expect(isConnectAllowed('https://elsewhere.invalid/fhir', own)).toBe(
			BUILT_CONNECT_SRC.includes('https://elsewhere.invalid')
		);
	});
});
