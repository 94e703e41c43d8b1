import { describe, expect, it, vi } from 'vitest';
import { ownPlanVersion, servicePlanVersion } from '../../../tests/fixtures/careplan/care-plan';
import { planExportJson, planFileName } from './export';

vi.mock('./fhir', () => ({
	carePlanToFhir: vi.fn((_content: unknown, publication: { patientId: string }) => ({
		resourceType: 'CarePlan',
		status: 'active',
		subject: publication.patientId ? { reference: `Patient/${publication.patientId}` } : undefined
	}))
}));

describe('planFileName', () => {
	it('names the file with the local date', () => {
		expect(planFileName(new Date('2026-03-29T23:30:00Z'), 'Europe/London')).toBe(
			'my-care-plan-2026-03-30.json'
		);
	});
});

describe('planExportJson', () => {
	const received = {
		resourceType: 'CarePlan',
		id: 'careplan-1',
		meta: { versionId: '2' },
		extension: [{ url: 'https://example.org/from-a-newer-service', valueString: 'kept' }]
	};

	it('gives the service plan exactly as received, unknown parts included', () => {
		expect(JSON.parse(planExportJson(servicePlanVersion(), received, 'p1'))).toEqual(received);
	});

	it('refuses a service plan without the resource it came as', () => {
		expect(() => planExportJson(servicePlanVersion(), null, 'p1')).toThrow();
	});

	it('maps the person’s own plan to a FHIR CarePlan', async () => {
		const { carePlanToFhir } = await import('./fhir');
		const plan = ownPlanVersion();
		const json = JSON.parse(planExportJson(plan, null, ''));
		expect(json.resourceType).toBe('CarePlan');
		expect(carePlanToFhir).toHaveBeenCalledWith(plan.content, { patientId: '', authorName: '' });
	});
});
