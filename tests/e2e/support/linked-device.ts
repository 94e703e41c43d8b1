import type { BrowserContext } from '@playwright/test';

/** The pain service's contact details as a linked device stores them. */
export const SERVICE_CONTACT = {
	name: 'Leeds Community Pain Service',
	phone: '0113 496 0000',
	hours: 'Monday to Friday, 8am to 6:30pm'
};

/** The enrolment record a device linked to the pain service holds, as enrolment leaves it. */
export function linkedEnrolment(role: 'patient' | 'carer' = 'patient') {
	return {
		key: 'current',
		serviceUrl: '',
		fhirBase: '/fhir',
		token: 'e2e-token-not-real',
		patient: { id: 'patient-1', displayName: 'Sam Jones' },
		role,
		carer: role === 'carer' ? { name: 'Jo Jones', relationship: 'Daughter' } : null,
		deviceId: 'device-1',
		deviceName: 'Test phone',
		linkedAt: '2026-03-01T09:00:00.000Z',
		service: SERVICE_CONTACT
	};
}

/** A service that answers every search with nothing new, so the device's own data shows. */
export async function quietService(context: BrowserContext): Promise<void> {
	await context.route('**/fhir/**', (route) =>
		route.fulfill({
			status: 200,
			contentType: 'application/fhir+json',
			body: JSON.stringify({
				resourceType: 'Bundle',
				type: 'searchset',
				meta: { lastUpdated: new Date().toISOString() },
				entry: []
			})
		})
	);
}
