import { recordAudit } from '../audit/audit';
import type { DeviceAuth } from '../auth/device-auth';
import type { Db } from '../store/open-store';
import { searchset, versionHeaders } from './bundles';
import { SERVED_RESOURCE_TYPES, type ServedResourceType } from './capability-statement';
import { isVisibleToDevice } from './carer-visibility';
import { notFound } from './outcome';
import { outcomeReply, type FhirReply } from './reply';
import { findResources, getResource } from './resource-repo';
import { parseSearchParams } from './search-params';

/**
 * `GET [base]/<Type>/<id>` and `GET [base]/<Type>?…`, always within the token's patient:
 * another patient's resource is answered exactly like a missing one (404), so ids cannot
 * be probed. Questionnaires are shared by every patient. A carer's device sees only what
 * the patient shared (carer-visibility.ts); the rest is answered the same way. Each read
 * and search is audited with the ids it returned.
 */

/** Resource types whose stored resources belong to no one patient. */
const SHARED_TYPES: ReadonlySet<string> = new Set(['Questionnaire']);

const MAX_AUDITED_IDS = 1000;

export function isServedType(type: string): type is ServedResourceType {
	return (SERVED_RESOURCE_TYPES as readonly string[]).includes(type);
}

/** The 404 for a resource type Tend does not serve. */
export const unservedType = (): FhirReply =>
	outcomeReply(notFound('Tend does not serve this resource type.'));

export interface FhirContext {
	auth: DeviceAuth;
	now: Date;
	/** Public base URL of the FHIR API, for fullUrl and links. */
	fhirBase: string;
}

/** Reads one resource of the token's patient (or a shared one). */
export function handleRead(db: Db, type: string, id: string, ctx: FhirContext): FhirReply {
	if (!isServedType(type)) return unservedType();
	const stored = getResource(db, type, id);
	const visible =
		stored &&
		((stored.patientId === ctx.auth.patient.id && isVisibleToDevice(ctx.auth, stored)) ||
			(stored.patientId === null && SHARED_TYPES.has(type)));
	if (!visible) return outcomeReply(notFound(`No ${type} with this id.`));
	recordAudit(db, {
		at: ctx.now,
		actor: { type: 'device', id: ctx.auth.device.id },
		action: 'fhir.read',
		resourceType: type,
		resourceId: stored.id
	});
	return { status: 200, body: stored.resource, headers: versionHeaders(stored) };
}

/** Searches one type within the token's patient (plus shared resources). */
export function handleSearch(
	db: Db,
	type: string,
	params: URLSearchParams,
	ctx: FhirContext
): FhirReply {
	if (!isServedType(type)) return unservedType();
	const parsed = parseSearchParams(params);
	if (!parsed.ok) return outcomeReply(parsed.result);
	const matches = findResources(db, {
		type,
		patientId: ctx.auth.patient.id,
		includeShared: SHARED_TYPES.has(type),
		...parsed.query
	}).filter((stored) => stored.patientId === null || isVisibleToDevice(ctx.auth, stored));
	const ids = matches.map((stored) => stored.id);
	recordAudit(db, {
		at: ctx.now,
		actor: { type: 'device', id: ctx.auth.device.id },
		action: 'fhir.search',
		resourceType: type,
		detail: { count: ids.length, ids: ids.slice(0, MAX_AUDITED_IDS) }
	});
	const query = new URLSearchParams(parsed.applied).toString();
	const self = `${ctx.fhirBase}/${type}${query ? `?${query}` : ''}`;
	return { status: 200, body: searchset(matches, ctx.fhirBase, self, ctx.now) };
}
