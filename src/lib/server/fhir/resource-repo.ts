import { randomUUID } from 'node:crypto';
import type { Db } from '../store/open-store';
import { statement } from '../store/statements';

/**
 * The SQL for stored FHIR resources (`fhir_resource`). A resource belongs to one patient,
 * except shared ones (Questionnaire) whose patient is null. (type, identifier system,
 * identifier value) is unique: that is what makes a replayed create harmless.
 */

export type FhirResource = Record<string, unknown> & { resourceType: string; id: string };

export interface StoredResource {
	id: string;
	resourceType: string;
	patientId: string | null;
	identifier: { system: string; value: string } | null;
	versionId: number;
	lastUpdated: string;
	authorDeviceId: string | null;
	resource: FhirResource;
}

interface ResourceRow {
	id: string;
	resource_type: string;
	patient_id: string | null;
	identifier_system: string | null;
	identifier_value: string | null;
	version_id: number;
	last_updated: string;
	author_device_id: string | null;
	body: string;
}

function fromRow(row: ResourceRow): StoredResource {
	return {
		id: row.id,
		resourceType: row.resource_type,
		patientId: row.patient_id,
		identifier:
			row.identifier_system !== null && row.identifier_value !== null
				? { system: row.identifier_system, value: row.identifier_value }
				: null,
		versionId: row.version_id,
		lastUpdated: row.last_updated,
		authorDeviceId: row.author_device_id,
		resource: JSON.parse(row.body) as FhirResource
	};
}

/** The resource of this type with this identifier, whoever it belongs to, or null. */
export function findByIdentifier(
	db: Db,
	type: string,
	identifier: { system: string; value: string }
): StoredResource | null {
	const row = statement<[string, string, string], ResourceRow>(
		db,
		`SELECT * FROM fhir_resource
			 WHERE resource_type = ? AND identifier_system = ? AND identifier_value = ?`
	).get(type, identifier.system, identifier.value);
	return row ? fromRow(row) : null;
}

/** The resource of this type and id, whoever it belongs to, or null. */
export function getResource(db: Db, type: string, id: string): StoredResource | null {
	const row = statement<[string, string], ResourceRow>(
		db,
		'SELECT * FROM fhir_resource WHERE resource_type = ? AND id = ?'
	).get(type, id);
	return row ? fromRow(row) : null;
}

export type InstantComparator = 'gt' | 'ge' | 'lt' | 'le';

export interface ResourceQuery {
	type: string;
	/** Only this patient's resources, plus shared ones (patient null) when `includeShared`. */
	patientId?: string;
	includeShared?: boolean;
	lastUpdated?: readonly { comparator: InstantComparator; instant: string }[];
	/** A null system matches any system. */
	identifier?: { system: string | null; value: string };
}

const SQL_COMPARATOR: Record<InstantComparator, string> = { gt: '>', ge: '>=', lt: '<', le: '<=' };

/** Resources matching every condition, oldest change first (so the last is the newest). */
export function findResources(db: Db, query: ResourceQuery): StoredResource[] {
	const where = ['resource_type = ?'];
	const params: string[] = [query.type];
	if (query.patientId !== undefined) {
		where.push(query.includeShared ? '(patient_id = ? OR patient_id IS NULL)' : 'patient_id = ?');
		params.push(query.patientId);
	}
	for (const { comparator, instant } of query.lastUpdated ?? []) {
		where.push(`last_updated ${SQL_COMPARATOR[comparator]} ?`);
		params.push(instant);
	}
	if (query.identifier) {
		where.push('identifier_value = ?');
		params.push(query.identifier.value);
		if (query.identifier.system !== null) {
			where.push('identifier_system = ?');
			params.push(query.identifier.system);
		}
	}
	return statement<string[], ResourceRow>(
		db,
		`SELECT * FROM fhir_resource WHERE ${where.join(' AND ')} ORDER BY last_updated, id`
	)
		.all(...params)
		.map(fromRow);
}

export interface NewResource {
	/** A new id is made when none is given. */
	id?: string;
	/** The resource without id or meta; both are set here. */
	resource: Record<string, unknown> & { resourceType: string };
	/** Null only for shared resources (Questionnaire). */
	patientId: string | null;
	identifier?: { system: string; value: string } | null;
	authorDeviceId?: string | null;
	now: Date;
}

/** Version 1 of a resource: a new id, `meta.versionId` "1" and `meta.lastUpdated` now. */
export function insertResource(db: Db, input: NewResource): StoredResource {
	const id = input.id ?? randomUUID();
	const lastUpdated = input.now.toISOString();
	const resource = withMeta(input.resource, id, 1, lastUpdated);
	statement(
		db,
		`INSERT INTO fhir_resource (id, resource_type, patient_id, identifier_system, identifier_value,
			version_id, last_updated, author_device_id, body)
		 VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)`
	).run(
		id,
		resource.resourceType,
		input.patientId,
		input.identifier?.system ?? null,
		input.identifier?.value ?? null,
		lastUpdated,
		input.authorDeviceId ?? null,
		JSON.stringify(resource)
	);
	return {
		id,
		resourceType: resource.resourceType,
		patientId: input.patientId,
		identifier: input.identifier ?? null,
		versionId: 1,
		lastUpdated,
		authorDeviceId: input.authorDeviceId ?? null,
		resource
	};
}

/**
 * A new version of a stored resource (e.g. a care plan staff changed); the old version is
 * kept in `fhir_resource_history`. Call inside a transaction.
 * @returns null when there is no resource with this type and id
 */
export function updateResource(
	db: Db,
	input: { type: string; id: string; resource: Record<string, unknown>; now: Date }
): StoredResource | null {
	const current = getResource(db, input.type, input.id);
	if (!current) return null;
	statement(
		db,
		'INSERT INTO fhir_resource_history (id, version_id, last_updated, body) VALUES (?, ?, ?, ?)'
	).run(current.id, current.versionId, current.lastUpdated, JSON.stringify(current.resource));
	const versionId = current.versionId + 1;
	const lastUpdated = input.now.toISOString();
	const resource = withMeta(
		{ ...input.resource, resourceType: input.type },
		current.id,
		versionId,
		lastUpdated
	);
	statement(
		db,
		'UPDATE fhir_resource SET version_id = ?, last_updated = ?, body = ? WHERE id = ?'
	).run(versionId, lastUpdated, JSON.stringify(resource), current.id);
	return { ...current, versionId, lastUpdated, resource };
}

/** The resource with this server's id and meta; a device's own meta.profile/tag/security stay. */
function withMeta(
	resource: Record<string, unknown> & { resourceType: string },
	id: string,
	versionId: number,
	lastUpdated: string
): FhirResource {
	const { resourceType, id: _ignoredId, meta, ...rest } = resource;
	const kept = typeof meta === 'object' && meta !== null ? (meta as Record<string, unknown>) : {};
	const { versionId: _v, lastUpdated: _l, ...otherMeta } = kept;
	return {
		resourceType,
		id,
		meta: { ...otherMeta, versionId: String(versionId), lastUpdated },
		...rest
	};
}
