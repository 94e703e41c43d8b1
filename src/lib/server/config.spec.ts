import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './config';

describe('readConfig', () => {
	it('has defaults for everything', () => {
		expect(readConfig({})).toEqual({
			dataDir: './data',
			origin: 'http://localhost:3000',
			fhirBaseUrl: 'http://localhost:3000/fhir',
			port: 3000,
			service: null
		});
	});

	it('builds the default origin from PORT', () => {
		const config = readConfig({ PORT: '4321' });
		expect(config.port).toBe(4321);
		expect(config.origin).toBe('http://localhost:4321');
		expect(config.fhirBaseUrl).toBe('http://localhost:4321/fhir');
	});

	it('builds the default FHIR base from ORIGIN, dropping a trailing slash', () => {
		const config = readConfig({ ORIGIN: 'https://tend.example.nhs.uk/' });
		expect(config.origin).toBe('https://tend.example.nhs.uk');
		expect(config.fhirBaseUrl).toBe('https://tend.example.nhs.uk/fhir');
	});

	it('takes every setting from the environment', () => {
		expect(
			readConfig({
				DATA_DIR: '/var/lib/tend',
				PORT: '8080',
				ORIGIN: 'https://tend.example.nhs.uk',
				FHIR_BASE_URL: 'https://fhir.example.nhs.uk/r4/'
			})
		).toEqual({
			dataDir: '/var/lib/tend',
			origin: 'https://tend.example.nhs.uk',
			fhirBaseUrl: 'https://fhir.example.nhs.uk/r4',
			port: 8080,
			service: null
		});
	});

	it('treats empty values as unset', () => {
		expect(readConfig({ DATA_DIR: '', PORT: ' ', ORIGIN: '', FHIR_BASE_URL: '' })).toEqual(
			readConfig({})
		);
	});

	it('ignores unrelated variables', () => {
		expect(readConfig({ HOME: '/root', PATH: '/usr/bin' })).toEqual(readConfig({}));
	});

	it('returns a frozen object', () => {
		expect(Object.isFrozen(readConfig({}))).toBe(true);
	});

	it.each([
		['PORT', 'eighty'],
		['PORT', '0'],
		['PORT', '70000'],
		['PORT', '80.5'],
		['ORIGIN', 'localhost:3000'],
		['ORIGIN', 'ftp://tend.example'],
		['ORIGIN', 'https://tend.example/app'],
		['FHIR_BASE_URL', 'not a url'],
		['SERVICE_EMAIL', 'pain team'],
		['SERVICE_PHONE', '0'.repeat(51)]
	])('refuses %s=%s and names the variable', (name, value) => {
		expect(() => readConfig({ [name]: value })).toThrow(ConfigError);
		expect(() => readConfig({ [name]: value })).toThrow(name);
	});

	it('takes the service contact details, each only when set', () => {
		const config = readConfig({
			SERVICE_NAME: ' Community Pain Service ',
			SERVICE_PHONE: '01632 960 000',
			SERVICE_HOURS: 'Monday to Friday, 9am to 5pm',
			SERVICE_EMAIL: 'pain.service@example.nhs.uk'
		});
		expect(config.service).toEqual({
			name: 'Community Pain Service',
			phone: '01632 960 000',
			hours: 'Monday to Friday, 9am to 5pm',
			email: 'pain.service@example.nhs.uk'
		});
		expect(Object.isFrozen(config.service)).toBe(true);
		expect(readConfig({ SERVICE_PHONE: '01632 960 000', SERVICE_NAME: ' ' }).service).toEqual({
			phone: '01632 960 000'
		});
	});

	it('explains a bad value in words', () => {
		expect(() => readConfig({ PORT: 'abc' })).toThrow(
			'Tend cannot start: PORT must be a whole number from 1 to 65535.'
		);
		expect(() => readConfig({ ORIGIN: 'ftp://tend.example' })).toThrow(
			'Tend cannot start: ORIGIN must be an http:// or https:// URL.'
		);
	});
});
