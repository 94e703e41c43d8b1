import { normaliseCode } from './code';

export const DEVICE_NAME_MAX = 60;

/** Field errors of the link form, as i18n keys; empty when it can be sent. */
export interface LinkFormErrors {
	code?: string;
	deviceName?: string;
}

/** Checks the link form before anything is sent (each wrong code costs an attempt). */
export function validateLinkForm(form: { code: string; deviceName: string }): LinkFormErrors {
	const errors: LinkFormErrors = {};
	if (!normaliseCode(form.code)) errors.code = 'enrolment:errors.invalid_format';
	const name = form.deviceName.trim();
	if (!name) errors.deviceName = 'enrolment:errors.device_name_missing';
	else if (name.length > DEVICE_NAME_MAX)
		errors.deviceName = 'enrolment:errors.device_name_too_long';
	return errors;
}
