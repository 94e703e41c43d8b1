import type { DeviceAuth } from '../auth/device-auth';
import type { WritableType } from './schemas';

/**
 * Who recorded a resource, as the service knows it from the token rather than as the
 * device claims. A carer's device: the author (QuestionnaireResponse), performer
 * (Observation) or requester (ServiceRequest) becomes a RelatedPerson contained in the
 * resource (`#carer`), naming the carer and their relationship, replacing whatever the
 * device sent there. A contained resource keeps the record self-explanatory wherever it
 * is copied, and needs no RelatedPerson endpoint. The patient's own device: the element
 * is set to the patient when the device left it out.
 * See: https://hl7.org/fhir/R4/references.html#contained
 */

export const CARER_CONTAINED_ID = 'carer';

const ELEMENT: Record<WritableType, { name: string; isList: boolean }> = {
	Observation: { name: 'performer', isList: true },
	QuestionnaireResponse: { name: 'author', isList: false },
	ServiceRequest: { name: 'requester', isList: false }
};

/** The carer as an R4 RelatedPerson of the patient, to contain in a resource. */
export function carerRelatedPerson(
	patientId: string,
	carer: { name: string; relationship: string }
): Record<string, unknown> {
	return {
		resourceType: 'RelatedPerson',
		id: CARER_CONTAINED_ID,
		active: true,
		patient: { reference: `Patient/${patientId}` },
		...(carer.relationship ? { relationship: [{ text: carer.relationship }] } : {}),
		...(carer.name ? { name: [{ text: carer.name }] } : {})
	};
}

/** A copy of the resource with its author/performer/requester set from the token. */
export function attribute(
	type: WritableType,
	resource: Record<string, unknown>,
	{ device, patient }: Pick<DeviceAuth, 'device' | 'patient'>
): Record<string, unknown> {
	const { name, isList } = ELEMENT[type];
	const wrap = (reference: Record<string, unknown>) => (isList ? [reference] : reference);
	if (device.role === 'carer' && device.carer) {
		const contained = Array.isArray(resource.contained) ? resource.contained : [];
		return {
			...resource,
			contained: [
				...contained.filter((item: { id?: unknown }) => item?.id !== CARER_CONTAINED_ID),
				carerRelatedPerson(patient.id, device.carer)
			],
			[name]: wrap({ reference: `#${CARER_CONTAINED_ID}`, type: 'RelatedPerson' })
		};
	}
	if (resource[name] !== undefined) return resource;
	return { ...resource, [name]: wrap({ reference: `Patient/${patient.id}`, type: 'Patient' }) };
}
