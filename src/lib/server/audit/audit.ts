import type { Db } from '../store/open-store';
import { statement } from '../store/statements';

/**
 * The audit trail: who did what to which record, and who saw what. One row per event in
 * `audit_event`. `detail` holds ids and counts only, never clinical content or names.
 */

/** Who acted: a staff member, an enrolled device, the admin command line, or Tend itself. */
export type ActorType = 'staff' | 'device' | 'admin' | 'system';

export interface Actor {
	type: ActorType;
	/** Staff account or device id; null for the admin command line and the system. */
	id: string | null;
}

/** The value kept in `created_by`/`revoked_by` columns for the admin command line. */
export const ADMIN_CLI = 'admin-cli';
/** The value kept in `device.revoked_by` when the device unlinked itself. */
export const SELF = 'self';

export interface AuditInput {
	at: Date;
	actor: Actor;
	/** Dotted verb, e.g. `fhir.read`, `device.revoke`. */
	action: string;
	resourceType?: string | null;
	resourceId?: string | null;
	detail?: Record<string, unknown> | null;
}

export interface AuditEvent {
	id: number;
	at: string;
	actorType: ActorType;
	actorId: string | null;
	action: string;
	resourceType: string | null;
	resourceId: string | null;
	detail: Record<string, unknown> | null;
}

/**
 * The actor behind a `created_by`/`revoked_by` value: `admin-cli`, `self` (the given
 * device), or else a staff account id.
 */
export function actorFromBy(by: string, deviceId: string | null = null): Actor {
	if (by === ADMIN_CLI) return { type: 'admin', id: null };
	if (by === SELF) return { type: 'device', id: deviceId };
	return { type: 'staff', id: by };
}

/** Appends one event to the audit trail (inside the caller's transaction, if any). */
export function recordAudit(db: Db, event: AuditInput): void {
	statement(
		db,
		`INSERT INTO audit_event (at, actor_type, actor_id, action, resource_type, resource_id, detail)
		 VALUES (?, ?, ?, ?, ?, ?, ?)`
	).run(
		event.at.toISOString(),
		event.actor.type,
		event.actor.id,
		event.action,
		event.resourceType ?? null,
		event.resourceId ?? null,
		event.detail ? JSON.stringify(event.detail) : null
	);
}

export interface AuditFilter {
	actorType?: ActorType;
	actorId?: string;
	action?: string;
	resourceType?: string;
	resourceId?: string;
	/** Newest first; at most this many (default 200). */
	limit?: number;
}

interface AuditRow {
	id: number;
	at: string;
	actor_type: ActorType;
	actor_id: string | null;
	action: string;
	resource_type: string | null;
	resource_id: string | null;
	detail: string | null;
}

/** Audit events matching every given filter, newest first. */
export function listAuditEvents(db: Db, filter: AuditFilter = {}): AuditEvent[] {
	const where: string[] = [];
	const params: (string | number)[] = [];
	const columns: [keyof AuditFilter, string][] = [
		['actorType', 'actor_type'],
		['actorId', 'actor_id'],
		['action', 'action'],
		['resourceType', 'resource_type'],
		['resourceId', 'resource_id']
	];
	for (const [key, column] of columns) {
		const value = filter[key];
		if (value === undefined) continue;
		where.push(`${column} = ?`);
		params.push(value);
	}
	const sql = `SELECT * FROM audit_event ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
		ORDER BY id DESC LIMIT ?`;
	return statement<(string | number)[], AuditRow>(db, sql)
		.all(...params, filter.limit ?? 200)
		.map((row) => ({
			id: row.id,
			at: row.at,
			actorType: row.actor_type,
			actorId: row.actor_id,
			action: row.action,
			resourceType: row.resource_type,
			resourceId: row.resource_id,
			detail: row.detail === null ? null : (JSON.parse(row.detail) as Record<string, unknown>)
		}));
}
