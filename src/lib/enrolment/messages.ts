import type { EnrolError } from './types';

/** An i18n key and its values, for t(). */
export interface Message {
	key: string;
	values?: Record<string, string | number>;
}

/**
 * What to tell the person when linking did not work. Every key is a literal, so the key
 * checker sees it.
 * @param phone - the pain service's number when this device knows it
 */
export function enrolErrorMessage(error: EnrolError, phone?: string): Message {
	switch (error.code) {
		case 'invalid-format':
			return { key: 'enrolment:errors.invalid_format' };
		case 'invalid-request':
			return { key: 'enrolment:errors.invalid_request' };
		case 'code-unknown':
			return { key: 'enrolment:errors.code_unknown' };
		case 'code-used':
			return { key: 'enrolment:errors.code_used' };
		case 'code-expired':
			return { key: 'enrolment:errors.code_expired' };
		case 'code-locked':
			return phone
				? { key: 'enrolment:errors.code_locked_phone', values: { phone } }
				: { key: 'enrolment:errors.code_locked' };
		case 'rate-limited':
			return error.retryAfterMs !== undefined
				? {
						key: 'enrolment:errors.rate_limited',
						values: { count: Math.max(1, Math.ceil(error.retryAfterMs / 60_000)) }
					}
				: { key: 'enrolment:errors.rate_limited_later' };
		case 'offline':
			return { key: 'enrolment:errors.offline' };
		case 'service-unavailable':
			return { key: 'enrolment:errors.service_unavailable' };
		case 'bad-response':
			return { key: 'enrolment:errors.bad_response' };
		case 'bad-service-url':
			return { key: 'enrolment:errors.bad_service_url' };
		case 'service-url-not-allowed':
			return { key: 'enrolment:errors.service_url_not_allowed' };
		case 'fhir-base-not-allowed':
			return { key: 'enrolment:errors.fhir_base_not_allowed' };
	}
}

/** Which field an error belongs to: the service address, or the code. */
export function errorField(error: EnrolError): 'code' | 'service-url' {
	return error.code === 'bad-service-url' || error.code === 'service-url-not-allowed'
		? 'service-url'
		: 'code';
}
