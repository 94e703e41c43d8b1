import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIELD } from '$lib/careplan/form-fields';
import { formRecord, formValuesFromContent } from '$lib/careplan/form-read';
import { fullCarePlan } from '$lib/careplan/test-support';
import { DEFAULT_STANDARD_QUESTIONNAIRES } from '$lib/careplan/standard-questionnaires';
import { emptyCarePlan } from '$lib/careplan/types';
import { listAuditEvents } from '../audit/audit';
import { insertResource } from '../fhir/resource-repo';
import { addTestPatient, TEST_NHS_NUMBERS } from '../patients/testing';
import type { Db } from '../store/open-store';
import { addTestStaff, openTestStore } from '../staff/test-store';
import { publishCarePlan, readCurrentPlan } from './careplans';
import { addRowFromForm, publishFromForm, readCarePlanEditor } from './editor';

const NOW = new Date('2026-05-11T09:00:00Z');
const PRIYA = { id: 's1', email: 'priya@example.nhs.uk', name: 'Priya Shah' };
let db: Db;
let dispose: () => void;
let ids = 0;
const newId = () => `n${++ids}`;

beforeEach(() => {
	({ db, dispose } = openTestStore());
	addTestStaff(db, PRIYA);
	ids = 0;
});
afterEach(() => dispose());

/** The form as a browser would post it, for the plan and base version given. */
function posted(changes: Record<string, string | string[]> = {}, base = ''): FormData {
	const record = { ...formRecord(formValuesFromContent(fullCarePlan(), newId)), ...changes };
	const data = new FormData();
	data.set(FIELD.baseVersion, base);
	for (const [name, value] of Object.entries(record)) {
		for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
	}
	return data;
}

describe('readCarePlanEditor', () => {
	it('opens an empty form for a patient with no plan, and audits the look', () => {
		const sam = addTestPatient(db);
		const editor = readCarePlanEditor(db, sam.id, { staffId: 's1', now: NOW, newId });
		expect(editor).toMatchObject({
			patient: { id: sam.id, name: 'Sam Jones', nhsNumber: '943 476 5919' },
			current: null,
			isUnreadable: false
		});
		expect(editor?.values.goals).toHaveLength(1);
		expect(listAuditEvents(db, { action: 'careplan.read' })[0]).toMatchObject({
			actorId: 's1',
			resourceId: sam.id
		});
	});

	it('prefills the form from the current version', () => {
		const sam = addTestPatient(db);
		publishFromForm(db, posted(), { patientId: sam.id, staff: PRIYA, now: NOW, newId });
		const editor = readCarePlanEditor(db, sam.id, { staffId: 's1', now: NOW, newId });
		expect(editor?.current).toEqual({
			versionId: 1,
			publishedAt: NOW.toISOString(),
			authorName: 'Priya Shah'
		});
		expect(editor?.values.goals.map((goal) => goal.text)).toEqual([
			'Walk to the school and back three times a week',
			'Sleep through more nights',
			''
		]);
	});

	it('is null for a patient that does not exist', () => {
		expect(readCarePlanEditor(db, 'nobody', { staffId: 's1', now: NOW, newId })).toBeNull();
	});
});

describe('the questionnaire schedule in the editor', () => {
	const open = (patientId: string) =>
		readCarePlanEditor(db, patientId, { staffId: 's1', now: NOW, newId })!;
	const publishContent = (patientId: string, content = emptyCarePlan()) =>
		publishCarePlan(db, { patientId, content, author: PRIYA, baseVersion: null, now: NOW });
	const questionnaire = (url: string, title: string, status = 'active') =>
		insertResource(db, {
			resource: { resourceType: 'Questionnaire', url, title, status },
			patientId: null,
			now: NOW
		});

	it('ticks PHQ-9, GAD-7 and PEG-3 for a new plan', () => {
		const editor = open(addTestPatient(db).id);
		expect(editor.values.standardQuestionnaires).toEqual([...DEFAULT_STANDARD_QUESTIONNAIRES]);
		expect(editor.values.startedOn).toEqual({ day: '', month: '', year: '' });
	});

	it('ticks them too for a plan whose schedule was never set, and shows one that was as it is', () => {
		const sam = addTestPatient(db);
		publishContent(sam.id);
		expect(open(sam.id).values.standardQuestionnaires).toEqual([
			...DEFAULT_STANDARD_QUESTIONNAIRES
		]);
		const kim = addTestPatient(db, { nhsNumber: TEST_NHS_NUMBERS[1] });
		publishContent(kim.id, { ...emptyCarePlan(), startedOn: '2026-03-02' });
		expect(open(kim.id).values).toMatchObject({
			startedOn: { day: '2', month: '3', year: '2026' },
			standardQuestionnaires: []
		});
	});

	it('offers Tend’s questionnaires by title, then the service’s active ones', () => {
		questionnaire('https://pain.example.nhs.uk/q/bpi', 'Brief Pain Inventory (short form)');
		questionnaire('https://pain.example.nhs.uk/q/old', 'An old one', 'retired');
		questionnaire('https://fhir.tend.example/Questionnaire/phq-9', 'PHQ-9 (service copy)');
		const titles = open(addTestPatient(db).id).questionnaires.map((choice) => choice.title);
		expect(titles).toEqual([
			'CollaboRATE',
			'Friends and Family Test',
			'Generalized Anxiety Disorder 7-item scale (GAD-7)',
			'Pain score (0 to 10)',
			'Patient Health Questionnaire (PHQ-9)',
			'PEG: pain, enjoyment of life and general activity',
			'Brief Pain Inventory (short form)'
		]);
	});

	it('publishes the dates and questionnaires ticked', () => {
		const sam = addTestPatient(db);
		const data = posted({
			[FIELD.standardQuestionnaires]: [DEFAULT_STANDARD_QUESTIONNAIRES[0]!],
			'discharged-on[day]': '',
			'discharged-on[month]': '',
			'discharged-on[year]': ''
		});
		expect(publishFromForm(db, data, { patientId: sam.id, staff: PRIYA, now: NOW, newId })).toEqual(
			{
				ok: true,
				version: 1
			}
		);
		expect(readCurrentPlan(db, sam.id)).toMatchObject({
			content: {
				startedOn: '2026-03-02',
				dischargedOn: null,
				standardQuestionnaires: [DEFAULT_STANDARD_QUESTIONNAIRES[0]]
			}
		});
	});

	it('refuses a discharge before the start, keeping what was typed', () => {
		const sam = addTestPatient(db);
		const data = posted({ 'discharged-on[month]': '2' });
		const result = publishFromForm(db, data, { patientId: sam.id, staff: PRIYA, now: NOW, newId });
		expect(result).toMatchObject({
			ok: false,
			status: 400,
			errors: [{ field: 'discharged-on', message: 'careplan:errors.discharged_before_start' }]
		});
		if (!result.ok)
			expect(result.values.dischargedOn).toEqual({ day: '14', month: '2', year: '2026' });
		expect(readCurrentPlan(db, sam.id)).toBeNull();
	});
});

describe('publishFromForm', () => {
	const options = (patientId: string) => ({ patientId, staff: PRIYA, now: NOW, newId });

	it('publishes the form, then a second version from the first', () => {
		const sam = addTestPatient(db);
		expect(publishFromForm(db, posted(), options(sam.id))).toEqual({ ok: true, version: 1 });
		const changed = posted({ [FIELD.whatMatters]: 'Singing' }, '1');
		expect(publishFromForm(db, changed, options(sam.id))).toEqual({ ok: true, version: 2 });
		expect(readCurrentPlan(db, sam.id)).toMatchObject({
			versionId: '2',
			content: { whatMatters: ['Singing'] }
		});
	});

	it('keeps the values as typed, with room for one more row, when a field is wrong', () => {
		const sam = addTestPatient(db);
		const result = publishFromForm(
			db,
			posted({ [FIELD.contactEmail]: 'not an address' }),
			options(sam.id)
		);
		expect(result).toMatchObject({
			ok: false,
			status: 400,
			errors: [{ field: 'contact-email', message: 'careplan:errors.email_invalid' }]
		});
		if (result.ok) return;
		expect(result.values.contact.email).toBe('not an address');
		expect(result.values.goals.at(-1)).toMatchObject({ text: '', measure: '' });
		expect(readCurrentPlan(db, sam.id)).toBeNull();
	});

	it('says who published meanwhile, instead of overwriting their version', () => {
		const sam = addTestPatient(db);
		publishFromForm(db, posted(), options(sam.id));
		const result = publishFromForm(db, posted({ [FIELD.whatMatters]: 'Mine' }), options(sam.id));
		expect(result).toMatchObject({
			ok: false,
			status: 409,
			errors: [
				{
					anchor: 'care-plan-current',
					message: 'staff:care_plan.conflict',
					values: { author: 'Priya Shah', version: 1 }
				}
			]
		});
		expect(readCurrentPlan(db, sam.id)).toMatchObject({ versionId: '1' });
		// After checking, publishing again goes over the version now current.
		if (!result.ok) expect(result.baseVersion).toBe('1');
	});

	it("keeps the form's own base version when a field is wrong", () => {
		const sam = addTestPatient(db);
		publishFromForm(db, posted(), options(sam.id));
		const wrong = posted({ [FIELD.contactEmail]: 'x' }, '1');
		expect(publishFromForm(db, wrong, options(sam.id))).toMatchObject({ baseVersion: '1' });
	});

	it.each(['abc', '-1', '1.5'])('takes a base version of %j as not the current one', (base) => {
		const sam = addTestPatient(db);
		publishFromForm(db, posted(), options(sam.id));
		expect(publishFromForm(db, posted({}, base), options(sam.id))).toMatchObject({ status: 409 });
	});

	it('says 404 for a patient that does not exist', () => {
		expect(publishFromForm(db, posted(), options('nobody'))).toMatchObject({ status: 404 });
	});
});

describe('addRowFromForm', () => {
	it.each([
		['goals', 'goal-n99-text'],
		['careTeam', 'member-n99-name'],
		['extraRedFlags', 'red-flag-n99-text']
	] as const)('adds a %s row and focuses its first field', (group, focusId) => {
		const data = posted({ [FIELD.addRow]: group, [FIELD.whatMatters]: 'Typed so far' });
		ids = 98;
		const { values, focusId: focus } = addRowFromForm(data, newId);
		expect(values[group].at(-1)?.id).toBe('n99');
		expect(values[group].length).toBe(
			formValuesFromContent(fullCarePlan(), () => 'x')[group].length + 1
		);
		expect(values.whatMatters).toBe('Typed so far');
		expect(focus).toBe(focusId);
		expect(addRowFromForm(posted({ [FIELD.addRow]: group }, '3'), newId).baseVersion).toBe('3');
	});

	it('adds nothing for a group it does not know', () => {
		const { focusId } = addRowFromForm(posted({ [FIELD.addRow]: 'patients' }), newId);
		expect(focusId).toBeNull();
	});
});
