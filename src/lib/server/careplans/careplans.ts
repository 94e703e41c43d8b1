import { carePlanFromFhir, carePlanToFhir } from '$lib/careplan/fhir';
import { CarePlanContentSchema } from '$lib/careplan/schema';
import type { CarePlanContent, CarePlanVersion } from '$lib/careplan/types';
import { recordAudit } from '../audit/audit';
import {
	findResources,
	insertResource,
	updateResource,
	type StoredResource
} from '../fhir/resource-repo';
import { getPatient } from '../patients/patients';
import type { StaffMember } from '../staff/accounts';
import type { Db } from '../store/open-store';

/**
 * A patient's care plan on the service: one FHIR CarePlan per patient, changed only by
 * staff. Each publication is a new version of it (earlier versions stay in
 * `fhir_resource_history`), which the patient's device pulls like any other change.
 */

/** One published version, for the history table. */
export interface CarePlanVersionSummary {
	versionId: number;
	publishedAt: string;
	authorName: string;
}

/** The patient's CarePlan as stored, or null when none has been published. */
export function currentCarePlan(db: Db, patientId: string): StoredResource | null {
	return findResources(db, { type: 'CarePlan', patientId }).at(-1) ?? null;
}

const authorOf = (body: unknown) => {
	const author = (body as { author?: { display?: unknown } } | null)?.author?.display;
	return typeof author === 'string' ? author : '';
};

/** Every published version of the patient's plan, newest first. */
export function carePlanHistory(db: Db, patientId: string): CarePlanVersionSummary[] {
	const current = currentCarePlan(db, patientId);
	if (!current) return [];
	const earlier = db
		.prepare<[string], { version_id: number; last_updated: string; body: string }>(
			`SELECT version_id, last_updated, body FROM fhir_resource_history
			 WHERE id = ? ORDER BY version_id DESC`
		)
		.all(current.id)
		.map((row) => ({
			versionId: row.version_id,
			publishedAt: row.last_updated,
			authorName: authorOf(JSON.parse(row.body))
		}));
	const newest = {
		versionId: current.versionId,
		publishedAt: current.lastUpdated,
		authorName: authorOf(current.resource)
	};
	return [newest, ...earlier];
}

/** The current plan as Tend reads it; 'unreadable' when it holds what Tend cannot edit. */
export function readCurrentPlan(db: Db, patientId: string): CarePlanVersion | 'unreadable' | null {
	const current = currentCarePlan(db, patientId);
	if (!current) return null;
	return carePlanFromFhir(current.resource) ?? 'unreadable';
}

export interface PublishInput {
	patientId: string;
	content: CarePlanContent;
	author: StaffMember;
	/** The version the form was filled in from (null for the first): guards a lost edit. */
	baseVersion: number | null;
	now: Date;
}

export type PublishResult =
	| { status: 'published'; version: number }
	| { status: 'no-patient' }
	/** Someone published another version since the form was opened: nothing was changed. */
	| { status: 'conflict'; current: CarePlanVersionSummary | null }
	/** The current version holds something Tend would drop: nothing was changed. */
	| { status: 'unreadable' };

/**
 * Publishes `content` as the patient's next care plan version, with its audit entry, in
 * one transaction.
 * @throws ZodError when the content is not a valid plan (the form checks it first)
 */
export function publishCarePlan(db: Db, input: PublishInput): PublishResult {
	const content = CarePlanContentSchema.parse(input.content);
	return db
		.transaction((): PublishResult => {
			if (!getPatient(db, input.patientId)) return { status: 'no-patient' };
			const current = currentCarePlan(db, input.patientId);
			if ((current?.versionId ?? null) !== input.baseVersion) {
				return { status: 'conflict', current: carePlanHistory(db, input.patientId)[0] ?? null };
			}
			if (current && !carePlanFromFhir(current.resource)) return { status: 'unreadable' };
			const resource = carePlanToFhir(content, {
				patientId: input.patientId,
				authorName: input.author.name,
				...(current ? { previous: current.resource } : {})
			});
			const stored = current
				? updateResource(db, { type: 'CarePlan', id: current.id, resource, now: input.now })
				: insertResource(db, { resource, patientId: input.patientId, now: input.now });
			if (!stored) throw new Error('The care plan went missing inside its transaction');
			recordAudit(db, {
				at: input.now,
				actor: { type: 'staff', id: input.author.id },
				action: 'careplan.publish',
				resourceType: 'CarePlan',
				resourceId: stored.id,
				detail: { patientId: input.patientId, versionId: stored.versionId }
			});
			return { status: 'published', version: stored.versionId };
		})
		.immediate();
}
