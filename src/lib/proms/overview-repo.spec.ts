import { afterEach, describe, expect, it } from 'vitest';
import { carePlanToFhir } from '$lib/careplan/fhir';
import type { AppDb } from '$lib/db/app-db';
import { storePulled } from '$lib/sync/pull-repo';
import { openTestDb, PATIENT_ID, testEnrolment } from '$lib/sync/test-support';
import { fullCarePlanContent } from '../../../tests/fixtures/careplan/care-plan';
import { assignmentToTask } from './assignment-fhir';
import { startDraft } from './draft';
import { findQuestionnaire } from './library';
import { openAssignments, readQuestionnairesView } from './overview-repo';
import { saveDraft } from './repo';

const BASE = 'https://fhir.tend.example/Questionnaire/';
const now = new Date('2026-04-10T12:00:00Z');

async function publishPlan(db: AppDb, startedOn: string | null) {
	const content = {
		...fullCarePlanContent(),
		startedOn,
		dischargedOn: null,
		standardQuestionnaires: [`${BASE}phq-9`, `${BASE}gad-7`]
	};
	const resource = carePlanToFhir(content, { patientId: PATIENT_ID, authorName: 'Priya Shah' });
	const stored = {
		...resource,
		id: 'cp-1',
		meta: { versionId: '1', lastUpdated: '2026-04-01T09:00:00Z' }
	};
	await storePulled(db, 'CarePlan', [stored], undefined, now);
}

const task = (id: string, slug: string, dueOn: string, patientId = PATIENT_ID) =>
	assignmentToTask({
		id,
		patientId,
		questionnaire: { url: `${BASE}${slug}`, version: '1.0.0' },
		assignedOn: '2026-04-01',
		dueOn,
		status: 'requested'
	});

describe('readQuestionnairesView', () => {
	const open: AppDb[] = [];
	const db = () => {
		const created = openTestDb();
		open.push(created);
		return created;
	};
	afterEach(() => open.splice(0).forEach((d) => d.close()));

	it("is due from the service plan's start date and the service's assignments", async () => {
		const d = db();
		await d.enrolment.put(testEnrolment());
		await publishPlan(d, '2026-04-01');
		await storePulled(
			d,
			'Task',
			[task('t1', 'peg-3', '2026-04-20'), task('t2', 'fft', '2026-04-20', 'someone-else')],
			undefined,
			now
		);
		const phq9 = (await findQuestionnaire(d, 'phq-9'))!.definition;
		await saveDraft(d, startDraft({ id: 'd1', definition: phq9, language: 'en-GB', now }));
		const view = await readQuestionnairesView(d, now);
		expect(view.overview.toDo.map((i) => [i.slug, i.occasion, i.dueBy, i.hasDraft])).toEqual([
			['gad-7', 'baseline', '2026-04-15', false],
			['phq-9', 'baseline', '2026-04-15', true],
			['peg-3', 'assigned', '2026-04-20', false]
		]);
		expect(view.role).toBe('patient');
	});

	it('has nothing due on a self-guided device, and still offers every questionnaire', async () => {
		const view = await readQuestionnairesView(db(), now);
		expect(view.overview.toDo).toEqual([]);
		expect(view.overview.anyTime.map((i) => i.slug)).toContain('phq-9');
		expect(view.role).toBeNull();
	});
});

describe('openAssignments', () => {
	it("keeps only this patient's assignments still requested", () => {
		const withdrawn = { ...task('t3', 'gad-7', '2026-04-20'), status: 'cancelled' };
		const open = openAssignments(
			[
				task('t1', 'peg-3', '2026-04-20'),
				task('t2', 'fft', '2026-04-20', 'other'),
				withdrawn,
				{ resourceType: 'Task' }
			],
			PATIENT_ID
		);
		expect(open.map((a) => a.id)).toEqual(['t1']);
	});
});
