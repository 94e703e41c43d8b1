/**
 * The CapabilityStatement served at `GET [base]/metadata`. It is the contract for the FHIR
 * API: the read, search and transaction handlers (read-search.ts, transaction.ts) keep to
 * what is listed here, and this list must grow with them.
 * See: https://hl7.org/fhir/R4/capabilitystatement.html
 */

export const SERVED_RESOURCE_TYPES = [
	'CarePlan',
	'Questionnaire',
	'QuestionnaireResponse',
	'ServiceRequest',
	'Task',
	'Observation'
] as const;

export type ServedResourceType = (typeof SERVED_RESOURCE_TYPES)[number];

/** What a device may send, always inside a transaction Bundle as a conditional create. */
const CREATED_BY_DEVICES: ReadonlySet<ServedResourceType> = new Set([
	'QuestionnaireResponse',
	'ServiceRequest',
	'Observation'
]);

export interface CapabilityStatementInput {
	/** Public base URL of the FHIR API, without a trailing slash. */
	fhirBase: string;
	/** Tend's version (package.json). */
	version: string;
	now: Date;
}

const SECURITY_DESCRIPTION =
	'SMART on FHIR is not used. Each request carries a device token as ' +
	'`Authorization: Bearer <token>`. A device gets its token by exchanging a single-use ' +
	'enrolment code that the pain service gives the patient. A token belongs to one patient, ' +
	'and every read, search and create is limited to that patient. The service can revoke a token.';

const SEARCH_PARAMS = [
	{
		name: '_lastUpdated',
		type: 'date',
		documentation: 'Resources changed since a time, e.g. `_lastUpdated=gt2025-03-01T09:00:00Z`.'
	},
	{
		name: 'identifier',
		type: 'token',
		documentation: 'The identifier a device gave the resource: `urn:ietf:rfc:3986|urn:uuid:<id>`.'
	}
];

/** Builds the R4 CapabilityStatement for this instance of the service. */
export function buildCapabilityStatement({ fhirBase, version, now }: CapabilityStatementInput) {
	return {
		resourceType: 'CapabilityStatement',
		url: `${fhirBase}/metadata`,
		version,
		name: 'TendFhirApi',
		title: 'Tend FHIR API',
		status: 'active',
		date: now.toISOString(),
		publisher: 'Tend',
		description:
			'The FHIR R4 API that the Tend app uses to send questionnaire responses, flare-up ' +
			'records and follow-up requests, and to fetch care plans, questionnaires and task status.',
		kind: 'instance',
		software: { name: 'Tend', version },
		implementation: { description: 'Tend pain service', url: fhirBase },
		fhirVersion: '4.0.1',
		format: ['application/fhir+json'],
		rest: [
			{
				mode: 'server',
				documentation:
					'Devices send what they record as transaction Bundles (at most 100 entries, 256 kB) ' +
					'whose entries are conditional creates (`ifNoneExist: identifier=urn:ietf:rfc:3986|urn:uuid:<id>`), ' +
					'so a replay returns the stored resource instead of a second copy. A transaction is ' +
					'all or nothing. References to another entry’s fullUrl are resolved. Writes by a ' +
					'carer’s device name the carer as a contained RelatedPerson. Search returns every ' +
					'match in one page, oldest change first; Questionnaires are shared by all patients.',
				security: { cors: false, description: SECURITY_DESCRIPTION },
				resource: SERVED_RESOURCE_TYPES.map((type) => {
					const canCreate = CREATED_BY_DEVICES.has(type);
					return {
						type,
						interaction: [
							{ code: 'read' },
							{ code: 'search-type' },
							...(canCreate
								? [{ code: 'create', documentation: 'Only inside a transaction Bundle.' }]
								: [])
						],
						...(canCreate ? { conditionalCreate: true } : {}),
						searchParam: SEARCH_PARAMS
					};
				}),
				interaction: [{ code: 'transaction' }]
			}
		]
	};
}
