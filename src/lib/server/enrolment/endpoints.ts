import { authenticateDevice } from '../auth/device-auth';
import { SELF } from '../audit/audit';
import type { Config } from '../config';
import { revokeDevice } from '../devices/devices';
import { displayName } from '../patients/patients';
import { parseJsonBody, readBodyText } from '../fhir/body';
import { operationOutcome, outcomeResponse, unauthorized, type IssueType } from '../fhir/outcome';
import type { Db } from '../store/open-store';
import { exchangeCode, type ExchangeFailureReason, type ExchangeResult } from './exchange';

/**
 * `POST /api/enrol` and `POST /api/unlink` as functions of a Request (docs/api.md). Errors
 * are OperationOutcomes whose `issue[0].details.coding[0]` carries the reason, so the app
 * can say what happened in the person's language.
 */

/** The system of the reason codes in enrolment errors. */
export const ENROLMENT_ERROR_SYSTEM = 'urn:tend:enrolment-error';
/** Largest enrolment request accepted; a real one is under 200 bytes. */
export const MAX_ENROL_BYTES = 4096;

const FAILURES: Record<ExchangeFailureReason, { status: number; type: IssueType; text: string }> = {
	'invalid-request': { status: 400, type: 'invalid', text: 'Send {"code", "deviceName"} as JSON.' },
	'code-unknown': { status: 404, type: 'not-found', text: 'There is no such enrolment code.' },
	'code-used': { status: 410, type: 'business-rule', text: 'This code has already been used.' },
	'code-expired': { status: 410, type: 'expired', text: 'This code has expired.' },
	'code-locked': { status: 423, type: 'security', text: 'Too many wrong attempts at this code.' },
	'rate-limited': { status: 429, type: 'throttled', text: 'Too many attempts. Try again later.' }
};

/** The OperationOutcome response for a failed enrolment. */
export function enrolFailureResponse(
	reason: ExchangeFailureReason,
	retryAfterSeconds?: number
): Response {
	const { status, type, text } = FAILURES[reason];
	const outcome = operationOutcome('error', type, text);
	const [issue] = outcome.issue;
	if (issue) issue.details = { coding: [{ system: ENROLMENT_ERROR_SYSTEM, code: reason }] };
	return outcomeResponse(
		{ status, outcome },
		retryAfterSeconds ? { 'retry-after': String(retryAfterSeconds) } : {}
	);
}

/** The 201 body for a successful enrolment. */
export function enrolSuccessBody(
	result: Extract<ExchangeResult, { ok: true }>,
	config: Pick<Config, 'fhirBaseUrl' | 'service'>
) {
	return {
		token: result.token,
		patient: { id: result.patient.id, displayName: displayName(result.patient) },
		role: result.role,
		carer: result.carer,
		device: { id: result.device.id },
		fhirBase: config.fhirBaseUrl,
		service: config.service
	};
}

/** `POST /api/enrol`: exchanges a code for a device token. */
export async function enrolEndpoint(
	db: Db,
	request: Request,
	{ ip, now, config }: { ip: string; now: Date; config: Pick<Config, 'fhirBaseUrl' | 'service'> }
): Promise<Response> {
	const text = await readBodyText(request, MAX_ENROL_BYTES);
	const body = text.ok ? parseJsonBody(text.text, 4) : undefined;
	if (typeof body !== 'object' || body === null || Array.isArray(body)) {
		return enrolFailureResponse('invalid-request');
	}
	const { code, deviceName } = body as Record<string, unknown>;
	const result = exchangeCode(db, { code, deviceName, ip, now });
	if (!result.ok) return enrolFailureResponse(result.reason, result.retryAfterSeconds);
	return new Response(JSON.stringify(enrolSuccessBody(result, config)), {
		status: 201,
		headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }
	});
}

/** `POST /api/unlink`: the calling device revokes its own token. */
export function unlinkEndpoint(db: Db, request: Request, now: Date): Response {
	const auth = authenticateDevice(db, request.headers.get('authorization'), now);
	if (!auth) return outcomeResponse(unauthorized());
	revokeDevice(db, auth.device.id, { by: SELF, now });
	return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
}
