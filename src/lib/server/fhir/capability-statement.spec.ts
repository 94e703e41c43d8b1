import { Fhir } from 'fhir';
import { describe, expect, it } from 'vitest';
import { buildCapabilityStatement, SERVED_RESOURCE_TYPES } from './capability-statement';

const statement = buildCapabilityStatement({
	fhirBase: 'https://tend.example.nhs.uk/fhir',
	version: '1.2.3',
	now: new Date('2025-03-01T09:00:00Z')
});
const rest = statement.rest[0];

describe('buildCapabilityStatement', () => {
	it('is a valid R4 CapabilityStatement', () => {
		const result = new Fhir().validate(statement);
		const errors = result.messages.filter((m) => m.severity === 'error');
		expect(errors, JSON.stringify(result.messages, null, 2)).toEqual([]);
		expect(result.valid).toBe(true);
	});

	it('describes this running instance', () => {
		expect(statement).toMatchObject({
			status: 'active',
			kind: 'instance',
			fhirVersion: '4.0.1',
			format: ['application/fhir+json'],
			date: '2025-03-01T09:00:00.000Z',
			software: { name: 'Tend', version: '1.2.3' },
			implementation: { url: 'https://tend.example.nhs.uk/fhir' }
		});
	});

	it('is a server that takes transactions and explains its Bearer device tokens', () => {
		expect(rest?.mode).toBe('server');
		expect(rest?.interaction).toEqual([{ code: 'transaction' }]);
		expect(rest?.security.description).toMatch(/Bearer/);
		expect(rest?.security.description).toMatch(/SMART on FHIR is not used/);
	});

	it('lists the six resource types with read, search and the two search parameters', () => {
		expect(rest?.resource.map((r) => r.type)).toEqual([
			'CarePlan',
			'Questionnaire',
			'QuestionnaireResponse',
			'ServiceRequest',
			'Task',
			'Observation'
		]);
		expect(SERVED_RESOURCE_TYPES).toHaveLength(6);
		for (const resource of rest?.resource ?? []) {
			const codes = resource.interaction.map((i) => i.code);
			expect(codes).toEqual(expect.arrayContaining(['read', 'search-type']));
			expect(resource.searchParam.map((p) => [p.name, p.type])).toEqual([
				['_lastUpdated', 'date'],
				['identifier', 'token']
			]);
		}
	});

	it.each([
		['QuestionnaireResponse', true],
		['ServiceRequest', true],
		['Observation', true],
		['CarePlan', false],
		['Questionnaire', false],
		['Task', false]
	])('%s can be created by a device: %s (conditional create only)', (type, canCreate) => {
		const resource = rest?.resource.find((r) => r.type === type);
		expect(resource?.interaction.some((i) => i.code === 'create')).toBe(canCreate);
		expect('conditionalCreate' in (resource ?? {}) && resource?.conditionalCreate).toBe(canCreate);
	});

	it('catches a broken statement (the validator is really checking)', () => {
		const broken = { ...statement, status: 'live', kind: undefined };
		expect(new Fhir().validate(broken).valid).toBe(false);
	});
});
