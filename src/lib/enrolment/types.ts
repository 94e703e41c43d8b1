// Plain types of enrolment, safe for any page's bundle; the zod schema that checks the
// service's answer is in schema.ts, loaded on demand (docs/decisions.md D-012).
import type { ServiceContact } from '$lib/shell/types';

export type EnrolmentRole = 'patient' | 'carer';

/** The patient the device is linked to, as the service names them. */
export interface EnrolledPatient {
	id: string;
	displayName: string;
}

/** The person using a carer's device. */
export interface Carer {
	name: string;
	relationship?: string;
}

/** The key of the single row of the `enrolment` table. */
export const ENROLMENT_KEY = 'current';

/** This device's link to a pain service: the single row of the `enrolment` table. */
export interface EnrolmentRecord {
	key: typeof ENROLMENT_KEY;
	/** Where `/api/enrol` and `/api/unlink` live; '' means this app's own origin. */
	serviceUrl: string;
	/** The FHIR base URL the service named, absolute. */
	fhirBase: string;
	token: string;
	patient: EnrolledPatient;
	role: EnrolmentRole;
	carer: Carer | null;
	deviceId: string;
	deviceName: string;
	linkedAt: string;
	service: ServiceContact | null;
	/** Set when the service refused the token (401): the device was unlinked by the service. */
	revokedAt?: string;
}

/** Why linking did not work; each has its own message (see messages.ts). */
export type EnrolErrorCode =
	| 'invalid-format'
	| 'invalid-request'
	| 'code-unknown'
	| 'code-used'
	| 'code-expired'
	| 'code-locked'
	| 'rate-limited'
	| 'offline'
	| 'service-unavailable'
	| 'bad-response'
	| 'bad-service-url'
	/** The service address is on an origin the app's CSP does not allow (D-023). */
	| 'service-url-not-allowed'
	/** The service named a FHIR base the app's CSP does not allow: nothing was linked. */
	| 'fhir-base-not-allowed';

export interface EnrolError {
	code: EnrolErrorCode;
	/** For rate-limited: how long to wait, from Retry-After. */
	retryAfterMs?: number;
}
