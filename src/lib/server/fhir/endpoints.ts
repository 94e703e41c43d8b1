import { authenticateDevice, type DeviceAuth } from '../auth/device-auth';
import type { Db } from '../store/open-store';
import { isJsonContentType, parseJsonBody, readBodyText } from './body';
import {
	badRequest,
	payloadTooLarge,
	tooManyRequests,
	unauthorized,
	unsupportedMediaType
} from './outcome';
import {
	handleRead,
	handleSearch,
	isServedType,
	unservedType,
	type FhirContext
} from './read-search';
import { fhirWriteLimiter, type RateLimiter } from './rate-limit';
import { outcomeReply, type FhirReply } from './reply';
import { handleTransaction } from './transaction';

/**
 * The FHIR endpoints as plain functions of a Request, so that the route files stay one
 * line each and specs can call them. The order of checks is fixed: whether the endpoint
 * exists (404 for a type Tend does not serve, like any unknown FHIR path), who is asking
 * (401), then what they send (415, 413 before the body is parsed, 429), then what it says.
 */

/** Largest transaction body accepted (docs/api.md). */
export const MAX_TRANSACTION_BYTES = 256 * 1024;

export interface EndpointOptions {
	now: Date;
	fhirBase: string;
	limiter?: RateLimiter;
}

/** The device behind the request's Bearer token, or the 401 reply. */
export function authenticate(db: Db, request: Request, now: Date): DeviceAuth | FhirReply {
	const auth = authenticateDevice(db, request.headers.get('authorization'), now);
	return auth ?? outcomeReply(unauthorized());
}

const isReply = (value: DeviceAuth | FhirReply): value is FhirReply => 'status' in value;

/** `POST [base]`: a transaction Bundle. */
export async function transactionEndpoint(
	db: Db,
	request: Request,
	{ now, fhirBase, limiter = fhirWriteLimiter }: EndpointOptions
): Promise<FhirReply> {
	const auth = authenticate(db, request, now);
	if (isReply(auth)) return auth;
	if (!isJsonContentType(request.headers.get('content-type'))) {
		return outcomeReply(unsupportedMediaType());
	}
	const declared = Number(request.headers.get('content-length') ?? NaN);
	if (declared > MAX_TRANSACTION_BYTES) return outcomeReply(payloadTooLarge(MAX_TRANSACTION_BYTES));
	const decision = limiter.take(auth.device.id, now);
	if (!decision.allowed) {
		return outcomeReply(tooManyRequests(), { 'retry-after': String(decision.retryAfterSeconds) });
	}
	const body = await readBodyText(request, MAX_TRANSACTION_BYTES);
	if (!body.ok) {
		return outcomeReply(
			body.reason === 'too-large'
				? payloadTooLarge(MAX_TRANSACTION_BYTES)
				: badRequest('The body is not UTF-8.')
		);
	}
	const bundle = parseJsonBody(body.text);
	if (bundle === undefined)
		return outcomeReply(badRequest('The body is not JSON, or nests too deeply.'));
	return handleTransaction(db, bundle, auth, now, fhirBase);
}

/** `GET [base]/<Type>/<id>`. */
export function readEndpoint(
	db: Db,
	request: Request,
	type: string,
	id: string,
	options: EndpointOptions
): FhirReply {
	if (!isServedType(type)) return unservedType();
	const auth = authenticate(db, request, options.now);
	if (isReply(auth)) return auth;
	return handleRead(db, type, id, context(auth, options));
}

/** `GET [base]/<Type>?…`. */
export function searchEndpoint(
	db: Db,
	request: Request,
	type: string,
	options: EndpointOptions
): FhirReply {
	if (!isServedType(type)) return unservedType();
	const auth = authenticate(db, request, options.now);
	if (isReply(auth)) return auth;
	return handleSearch(db, type, new URL(request.url).searchParams, context(auth, options));
}

function context(auth: DeviceAuth, { now, fhirBase }: EndpointOptions): FhirContext {
	return { auth, now, fhirBase };
}
