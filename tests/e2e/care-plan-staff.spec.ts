import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CarePlanEditor } from './pages/care-plan-editor';
import { StaffConsole } from './pages/staff-console';
import { addPatient, adminCli, createStaff } from './support/service-data';
import { AppServer } from './support/app-server';
import { e2ePort } from './support/ports';

const server = new AppServer(e2ePort(5));
const STAFF = { email: 'lead@example.nhs.uk', name: 'Alex Lead', password: 'kettle orbit lantern' };
const OTHER = { email: 'nurse@example.nhs.uk', name: 'Jo Nurse', password: 'harbour maple quartz' };
let patientPath = '';
const PHQ9 = 'Patient Health Questionnaire (PHQ-9)';
const GAD7 = 'Generalized Anxiety Disorder 7-item scale (GAD-7)';
const PEG = 'PEG: pain, enjoyment of life and general activity';
/** In the order the editor lists them: by title. */
const DEFAULT_QUESTIONNAIRES = [GAD7, PHQ9, PEG];

test.use({ baseURL: server.url });
// The editor is a long form: axe takes a while over it.
test.describe.configure({ mode: 'serial', timeout: 120_000 });
test.beforeAll(async () => {
	await server.start();
	for (const staff of [STAFF, OTHER]) createStaff(server, staff);
	patientPath = `/staff/patients/${addPatient(server)}`;
});
test.afterAll(() => server.dispose());

async function signedIn(page: Page, who = STAFF): Promise<StaffConsole> {
	const staff = new StaffConsole(page);
	await staff.goto('/staff/sign-in');
	await staff.signIn(who.email, who.password);
	await expect(staff.heading).toHaveText('Patients');
	return staff;
}

test.describe('the care plan editor', () => {
	test('writes a plan, is told what to fix, publishes version 1', async ({ page, checkA11y }) => {
		const staff = await signedIn(page);
		await staff.goto(patientPath);
		await expect(staff.section('Care plan')).toContainText('No care plan has been published yet');
		const editor = new CarePlanEditor(staff);
		await editor.openFromPatientPage();
		await expect(staff.main).toContainText('Sam Jones, NHS number 943 476 5919');
		// A new plan asks the default questionnaires; the service can change them.
		expect(await editor.tickedQuestionnaires()).toEqual(DEFAULT_QUESTIONNAIRES);
		await checkA11y();

		await editor.fill({
			whatMatters: ['Walking my granddaughter to school', 'Getting back to the allotment'],
			goals: [{ text: 'Walk to school and back three times a week', measure: 'Three walks a week' }]
		});
		await editor.addAnother('goal');
		await expect(editor.group('Goal 2')).toBeVisible();
		await expect(editor.group('Goal 2').getByLabel('Goal', { exact: true })).toBeFocused();
		await expect(editor.form.getByLabel('What matters to the person')).toHaveValue(
			'Walking my granddaughter to school\nGetting back to the allotment'
		);
		await editor.group('Goal 2').getByLabel('How we will know').fill('Sleeping 6 hours');
		await editor.fill({
			contact: { email: 'pain service' },
			startedOn: { day: '2', month: '3', year: '2026' },
			dischargedOn: { day: '1', month: '3', year: '2026' }
		});
		await editor.publish();

		await expect(staff.errorSummary).toBeFocused();
		await expect(staff.errorSummary).toContainText('Enter the goal that “how we will know” is for');
		await expect(staff.errorSummary).toContainText('Enter an email address in the correct format');
		await expect(staff.errorSummary).toContainText(
			'The discharge date must be the same as or after the date they started with the service'
		);
		await editor.expectDate('Discharged on', { day: '1', month: '3', year: '2026' });
		await expect(editor.group('Goal 2').getByLabel('How we will know')).toHaveValue(
			'Sleeping 6 hours'
		);
		await checkA11y();
		await staff.errorSummary.getByRole('link', { name: /Enter the goal/ }).click();
		await expect(editor.group('Goal 2').getByLabel('Goal', { exact: true })).toBeFocused();

		await editor.fill({
			goals: [
				{ text: 'Walk to school and back three times a week', measure: 'Three walks a week' },
				{ text: 'Sleep through more nights', measure: 'Sleeping 6 hours' }
			],
			strategies: { Pacing: ['Garden in 20-minute spells'] },
			careTeam: [{ name: 'Priya Shah', role: 'Key worker', jobTitle: 'Physiotherapist' }],
			contact: { phone: '0113 496 0000', hours: 'Monday to Friday, 8am to 6:30pm', email: '' },
			reengagement: ['Pain stops your daily activities for more than 2 weeks'],
			pifu: { windowEnd: { day: '1', month: '5', year: '2027' }, responseDays: '3' },
			flare: { 'First steps now': ['Stop and rest for 10 minutes', 'Use a heat pack'] },
			contactAfterDays: '7',
			extraRedFlags: [
				{ text: 'New numbness in your left hand', level: 'Contact their GP today or call NHS 111' }
			],
			dischargedOn: { day: '', month: '', year: '' },
			questionnaires: [PHQ9, 'Pain score (0 to 10)']
		});
		await editor.publish();

		await expect(staff.heading).toHaveText('Sam Jones');
		await expect(staff.main.getByRole('status')).toContainText('Version 1 published');
		const history = staff.rows('Care plan');
		await expect(history).toHaveCount(1);
		await expect(history.first()).toContainText('1');
		await expect(history.first()).toContainText(STAFF.name);
		await checkA11y();
	});

	test('the patient’s device gets the plan, as a FHIR CarePlan for them', async ({ request }) => {
		const { code } = adminCli(server, 'issue-code', '--patient', patientPath.split('/').at(-1)!);
		const enrol = await request.post('/api/enrol', { data: { code, deviceName: 'Sam’s phone' } });
		const { token, patient } = await enrol.json();
		const search = await request.get('/fhir/CarePlan', {
			headers: { authorization: `Bearer ${token}` }
		});
		const plans = (await search.json()).entry.map((entry: { resource: unknown }) => entry.resource);
		expect(plans).toHaveLength(1);
		expect(plans[0]).toMatchObject({
			resourceType: 'CarePlan',
			status: 'active',
			subject: { reference: `Patient/${patient.id}` },
			author: { display: STAFF.name },
			meta: { versionId: '1' },
			period: { start: '2026-03-02' }
		});
		const asked = plans[0].extension
			.filter((extension: { url: string }) => extension.url.endsWith('standard-questionnaire'))
			.map((extension: { valueCanonical: string }) => extension.valueCanonical);
		expect(asked).toEqual([
			'https://fhir.tend.example/Questionnaire/pain-nrs',
			'https://fhir.tend.example/Questionnaire/phq-9'
		]);
	});

	test('edits the plan from its current version and publishes version 2', async ({
		page,
		checkA11y
	}) => {
		const staff = await signedIn(page);
		await staff.goto(patientPath);
		const editor = new CarePlanEditor(staff);
		await editor.openFromPatientPage();
		await expect(staff.main).toContainText(`Version 1, published`);
		await expect(editor.group('Goal 2').getByLabel('Goal', { exact: true })).toHaveValue(
			'Sleep through more nights'
		);
		await expect(editor.group('Goal 3')).toBeVisible();
		await expect(
			editor.group('Person 1').getByRole('radio', { name: 'Key worker', exact: true })
		).toBeChecked();
		await editor.expectDate('Started with the service on', { day: '2', month: '3', year: '2026' });
		await editor.expectDate('Discharged on', { day: '', month: '', year: '' });
		expect(await editor.tickedQuestionnaires()).toEqual(['Pain score (0 to 10)', PHQ9]);
		await checkA11y();

		await editor.fill({
			whatMatters: ['Singing in the choir again'],
			dischargedOn: { day: '14', month: '9', year: '2026' },
			questionnaires: [PHQ9, GAD7]
		});
		await editor.group('Goal 1').getByLabel('Goal', { exact: true }).fill('');
		await editor.group('Goal 1').getByLabel('How we will know').fill('');
		await editor.publish();

		await expect(staff.main.getByRole('status')).toContainText('Version 2 published');
		const history = staff.rows('Care plan');
		await expect(history).toHaveCount(2);
		await expect(history.nth(0)).toContainText('2');
		await expect(history.nth(1)).toContainText('1');
		await checkA11y();

		await editor.openFromPatientPage();
		await expect(editor.form.getByLabel('What matters to the person')).toHaveValue(
			'Singing in the choir again'
		);
		await expect(editor.group('Goal 1').getByLabel('Goal', { exact: true })).toHaveValue(
			'Sleep through more nights'
		);
		await page.reload();
		await editor.expectDate('Started with the service on', { day: '2', month: '3', year: '2026' });
		await editor.expectDate('Discharged on', { day: '14', month: '9', year: '2026' });
		expect(await editor.tickedQuestionnaires()).toEqual([GAD7, PHQ9]);
	});

	test('never overwrites a version someone else published meanwhile', async ({
		page,
		browser,
		checkA11y
	}) => {
		const mine = await signedIn(page);
		await mine.goto(`${patientPath}/care-plan`);
		const myEditor = new CarePlanEditor(mine);

		const otherContext = await browser.newContext({ baseURL: server.url });
		try {
			const theirs = await signedIn(await otherContext.newPage(), OTHER);
			await theirs.goto(`${patientPath}/care-plan`);
			const theirEditor = new CarePlanEditor(theirs);
			await theirEditor.fill({ reengagement: ['Any new weakness in your legs'] });
			await theirEditor.publish();
			await expect(theirs.main.getByRole('status')).toContainText('Version 3 published');
		} finally {
			await otherContext.close();
		}

		// An added row keeps the version the form came from.
		await myEditor.addAnother('person');
		await myEditor.fill({ whatMatters: ['My edit'] });
		await myEditor.publish();
		await expect(mine.errorSummary).toContainText(
			`${OTHER.name} published version 3 while you were editing`
		);
		await expect(myEditor.form.getByLabel('What matters to the person')).toHaveValue('My edit');
		await expect(mine.main.locator('#care-plan-current')).toContainText('Version 3');
		await checkA11y();

		await myEditor.publish();
		await expect(mine.main.getByRole('status')).toContainText('Version 4 published');
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('adds rows and publishes with plain form posts', async ({ page }) => {
		const staff = await signedIn(page);
		await staff.goto(`${patientPath}/care-plan`);
		const editor = new CarePlanEditor(staff);
		const people = await editor.form.getByRole('group', { name: /^Person \d+$/ }).count();
		await editor.addAnother('person');
		await editor.addAnother('red flag');
		await expect(editor.form.getByRole('group', { name: /^Person \d+$/ })).toHaveCount(people + 1);
		await editor.fill({ flare: { 'Who to tell': ['My daughter'] }, questionnaires: [PEG] });
		await editor.publish();
		await expect(staff.main.getByRole('status')).toContainText('Version 5 published');
		await editor.openFromPatientPage();
		expect(await editor.tickedQuestionnaires()).toEqual([PEG]);
		await editor.expectDate('Discharged on', { day: '14', month: '9', year: '2026' });
	});
});
