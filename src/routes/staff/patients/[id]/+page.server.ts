import { error, fail } from '@sveltejs/kit';
import { carePlanHistory } from '$lib/server/careplans/careplans';
import { getConfig } from '$lib/server/config';
import { needsAttention } from '$lib/server/questionnaires/attention';
import { formText } from '$lib/server/staff/form-fields';
import { issueCodeWithLetter } from '$lib/server/staff/issue-letter';
import { findPatientDevice, revokePatientDevice } from '$lib/server/staff/patient-devices';
import { readPatientRecord } from '$lib/server/staff/patient-record';
import { requireStaff } from '$lib/server/staff/request';
import { getStore } from '$lib/server/store/store';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const staff = requireStaff(event);
	const record = readPatientRecord(getStore(), event.params.id, {
		staffId: staff.id,
		now: new Date()
	});
	if (!record) error(404, 'Not found');
	const published = Number(event.url.searchParams.get('care-plan-published')) || null;
	const patientId = record.patient.id;
	return {
		record,
		carePlanHistory: carePlanHistory(getStore(), patientId),
		published,
		attentionCount: needsAttention(getStore(), { patientId }).length
	};
};

export const actions: Actions = {
	// The code is returned in this response only: it is never put in a URL or stored.
	issueCode: async (event) => {
		const staff = requireStaff(event);
		const { origin, service } = getConfig();
		const options = { patientId: event.params.id, staffId: staff.id, now: new Date(), origin };
		const data = await event.request.formData();
		const servicePhone = service?.phone ?? null;
		const result = await issueCodeWithLetter(getStore(), data, { ...options, servicePhone });
		if (result.status === 'no-patient') error(404, 'Not found');
		if (result.status === 'invalid') return fail(400, { codeForm: result });
		return { letter: result.letter };
	},
	// The first step of revoking: the page asks "are you sure?" with a second form.
	confirmRevoke: async (event) => {
		requireStaff(event);
		const deviceId = formText(await event.request.formData(), 'device');
		const device = findPatientDevice(getStore(), event.params.id, deviceId);
		if (!device || device.revokedAt !== null) return fail(404, { revokeMissing: true });
		return { confirmRevoke: { id: device.id, name: device.name } };
	},
	revoke: async (event) => {
		const staff = requireStaff(event);
		const deviceId = formText(await event.request.formData(), 'device');
		const options = { staffId: staff.id, now: new Date() };
		const device = revokePatientDevice(getStore(), event.params.id, deviceId, options);
		if (!device) return fail(404, { revokeMissing: true });
		return { revoked: { name: device.name } };
	}
};
