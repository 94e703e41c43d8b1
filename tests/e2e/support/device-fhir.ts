import { randomUUID } from 'node:crypto';
import { expect, type APIRequestContext } from '@playwright/test';
import type { AppServer } from './app-server';
import { adminCli } from './service-data';

const IDENTIFIER_SYSTEM = 'urn:ietf:rfc:3986';
const PHQ9 = 'https://fhir.tend.example/Questionnaire/phq-9';
/** The PHQ-9 answers (LOINC answer list LL358-3), scored 0 to 3. */
const PHQ9_ANSWERS = [
	{ code: 'LA6568-5', display: 'Not at all' },
	{ code: 'LA6569-3', display: 'Several days' },
	{ code: 'LA6570-1', display: 'More than half the days' },
	{ code: 'LA6571-9', display: 'Nearly every day' }
];

/** A device linked to the patient as the app links one: a code, exchanged for a token. */
export async function enrolDevice(
	server: AppServer,
	request: APIRequestContext,
	patientId: string
): Promise<{ token: string }> {
	const { code } = adminCli(server, 'issue-code', '--patient', patientId);
	const enrol = await request.post(`${server.url}/api/enrol`, {
		data: { code, deviceName: 'Sam’s phone' }
	});
	expect(enrol.ok(), await enrol.text()).toBe(true);
	return { token: (await enrol.json()).token };
}

/**
 * A completed PHQ-9 as the app sends it: a QuestionnaireResponse in a transaction of
 * conditional creates, flagged for safety netting when item 9 is above 0.
 */
export async function sendPhq9(
	server: AppServer,
	request: APIRequestContext,
	device: { token: string; patientId: string },
	input: { values: readonly number[]; authored: string }
): Promise<void> {
	const id = randomUUID();
	const patient = { reference: `Patient/${device.patientId}` };
	const resource = {
		resourceType: 'QuestionnaireResponse',
		...(input.values[8]! > 0
			? { meta: { tag: [{ system: 'urn:tend:flag', code: 'safety-netting' }] } }
			: {}),
		language: 'en-GB',
		identifier: { system: IDENTIFIER_SYSTEM, value: `urn:uuid:${id}` },
		questionnaire: `${PHQ9}|1.0.0`,
		status: 'completed',
		subject: patient,
		authored: input.authored,
		author: patient,
		item: input.values.map((value, index) => ({
			linkId: `phq9-${index + 1}`,
			answer: [{ valueCoding: { system: 'http://loinc.org', ...PHQ9_ANSWERS[value]! } }]
		}))
	};
	const bundle = {
		resourceType: 'Bundle',
		type: 'transaction',
		entry: [
			{
				fullUrl: `urn:uuid:${id}`,
				resource,
				request: {
					method: 'POST',
					url: 'QuestionnaireResponse',
					ifNoneExist: `identifier=${IDENTIFIER_SYSTEM}|urn:uuid:${id}`
				}
			}
		]
	};
	const sent = await request.post(`${server.url}/fhir`, {
		headers: {
			authorization: `Bearer ${device.token}`,
			'content-type': 'application/fhir+json'
		},
		data: JSON.stringify(bundle)
	});
	expect(sent.status(), await sent.text()).toBe(200);
}

/** What the device pulls of one resource type (a searchset), as resources. */
export async function pull(
	server: AppServer,
	request: APIRequestContext,
	token: string,
	type: 'Questionnaire' | 'Task'
): Promise<Array<Record<string, unknown>>> {
	const search = await request.get(`${server.url}/fhir/${type}`, {
		headers: { authorization: `Bearer ${token}` }
	});
	expect(search.status()).toBe(200);
	const body = (await search.json()) as { entry?: Array<{ resource: Record<string, unknown> }> };
	return (body.entry ?? []).map((entry) => entry.resource);
}
