import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { localDate } from './pages/flare-log';
import { StaffConsole } from './pages/staff-console';
import { StaffQuestionnaires } from './pages/staff-questionnaires';
import { AppServer } from './support/app-server';
import { enrolDevice, pull, sendPhq9 } from './support/device-fhir';
import { e2ePort } from './support/ports';
import { addPatient, adminCli, createStaff } from './support/service-data';

// The service side of questionnaires on the built app: a licence recorded and a licensed
// definition uploaded (a bad one refused with its problems), a questionnaire assigned as a
// Task the device pulls, and a flagged PHQ-9 sent by a device shown as needing attention
// until a member of staff reviews it (H-016, H-020, H-021).
const server = new AppServer(e2ePort(13));
const STAFF = { email: 'lead@example.nhs.uk', name: 'Alex Lead', password: 'kettle orbit lantern' };
const BPI = 'Brief Pain Inventory, short form (BPI-SF)';
const BPI_TITLE = 'BPI short form (test fixture)';
const PHQ9_TITLE = 'Patient Health Questionnaire (PHQ-9)';
const ZONE = 'Europe/London';
let patientId = '';

test.use({ baseURL: server.url, timezoneId: ZONE });
test.describe.configure({ mode: 'serial', timeout: 90_000 });
test.beforeAll(async () => {
	await server.start();
	createStaff(server, STAFF);
	patientId = addPatient(server);
});
test.afterAll(() => server.dispose());

const bpiFixture = () =>
	JSON.parse(readFileSync('tests/fixtures/questionnaires/bpi-sf.json', 'utf8')) as {
		item: Array<Record<string, unknown>>;
	};

async function signedIn(page: Page): Promise<{ staff: StaffConsole; q: StaffQuestionnaires }> {
	const staff = new StaffConsole(page);
	await staff.goto('/staff/sign-in');
	await staff.signIn(STAFF.email, STAFF.password);
	await expect(staff.heading).toHaveText('Patients');
	return { staff, q: new StaffQuestionnaires(staff) };
}

/** Audit events of one action, as another process reads the service's database. */
function audited(action: string): Array<{ actor_id: string; resource_id: string }> {
	const db = new Database(join(server.dataDir, 'tend.sqlite'), { readonly: true });
	try {
		return db
			.prepare('SELECT actor_id, resource_id FROM audit_event WHERE action = ?')
			.all(action) as Array<{ actor_id: string; resource_id: string }>;
	} finally {
		db.close();
	}
}

test('records a licence, refuses a bad definition with its problems, then uploads the BPI', async ({
	page,
	request,
	checkA11y
}) => {
	const { staff, q } = await signedIn(page);
	await q.openLicences();
	const bpi = q.licensed(BPI);
	await expect(
		staff.main.getByRole('region', { name: 'Free questionnaires included with Tend' })
	).toContainText('Public domain');
	await expect(bpi).toContainText('Not recorded');
	await expect(bpi.getByLabel('FHIR Questionnaire file (JSON)')).toHaveCount(0);
	await checkA11y();

	await q.recordLicence(BPI, { holder: '', reference: '' });
	await expect(staff.errorSummary).toContainText('Enter who holds the licence');
	await expect(staff.errorSummary).toContainText('Enter the licence reference');
	await checkA11y();

	await q.recordLicence(BPI, { holder: 'Leeds Community Pain Service', reference: 'MDA-2026-114' });
	await expect(staff.main.getByRole('status')).toContainText(`The licence for ${BPI} is recorded`);
	await expect(bpi).toContainText(
		`Held by Leeds Community Pain Service, reference MDA-2026-114. Recorded by ${STAFF.name}`
	);
	await checkA11y();

	const bad = bpiFixture();
	bad.item[0]!.initial = [{ valueBoolean: true }];
	bad.item[2]!.answerValueSet = 'http://example.org/ValueSet/pain';
	await q.uploadDefinition(BPI, { name: 'bpi-bad.json', json: bad });
	await expect(staff.errorSummary).toContainText(
		'The definition cannot be used: it has 2 problems, listed below the form'
	);
	const problems = q.licensed(BPI).getByRole('region', { name: 'Problems in the definition' });
	await expect(problems.locator('tbody tr')).toHaveCount(2);
	await expect(problems.locator('tbody tr').nth(0)).toContainText('bpi-1');
	await expect(problems.locator('tbody tr').nth(0)).toContainText(
		'Answers filled in beforehand (initial values) are not supported.'
	);
	await expect(problems.locator('tbody tr').nth(1)).toContainText('bpi-3');
	await checkA11y();

	await q.uploadDefinition(BPI, { name: 'bpi-sf.json', json: bpiFixture() });
	await expect(staff.main.getByRole('status')).toContainText(
		`Version 0.0.0-fixture of ${BPI} is uploaded`
	);
	await expect(q.licensed(BPI)).toContainText('Version 0.0.0-fixture, uploaded on');
	await checkA11y();
	expect(audited('questionnaire.licence.record')).toHaveLength(1);
	expect(audited('questionnaire.definition.upload')).toHaveLength(1);

	const device = await enrolDevice(server, request, patientId);
	const pulled = await pull(server, request, device.token, 'Questionnaire');
	expect(pulled).toEqual([
		expect.objectContaining({
			url: 'https://fhir.tend.example/Questionnaire/bpi-sf',
			version: '0.0.0-fixture',
			status: 'active'
		})
	]);
});

test('assigns a questionnaire with a due date, as a Task the device pulls, and withdraws it', async ({
	page,
	request,
	checkA11y
}) => {
	const { staff, q } = await signedIn(page);
	await staff.goto(`/staff/patients/${patientId}`);
	await q.openFromPatientPage();
	await expect(staff.main).toContainText('No questionnaire responses have been received yet.');
	await expect(staff.main).toContainText('No questionnaires have been assigned.');
	await expect(q.assignForm.getByRole('radio', { name: /EQ-5D-5L/ })).toHaveCount(0);
	await expect(q.assignForm).toContainText(
		'EQ-5D-5L with EQ VAS: needs a licence, recorded on the questionnaires and licences page'
	);
	await checkA11y();

	await q.assign(BPI_TITLE, localDate(-1, ZONE));
	await expect(staff.errorSummary).toContainText('The due date must be today or in the future');
	await expect(q.assignForm.getByRole('radio', { name: BPI_TITLE })).toBeChecked();
	await checkA11y();

	const due = localDate(14, ZONE);
	await q.assign(BPI_TITLE, due);
	await expect(staff.main.getByRole('status')).toContainText(`${BPI_TITLE} is assigned, due by`);
	await expect(q.assignments).toHaveCount(1);
	await expect(q.assignments.first()).toContainText(BPI_TITLE);
	await expect(q.assignments.first()).toContainText('To do');
	await checkA11y();

	const device = await enrolDevice(server, request, patientId);
	const [task] = await pull(server, request, device.token, 'Task');
	const pad = (part: string) => part.padStart(2, '0');
	expect(task).toMatchObject({
		status: 'requested',
		for: { reference: `Patient/${patientId}` },
		restriction: { period: { end: `${due.year}-${pad(due.month)}-${pad(due.day)}` } },
		input: [{ valueCanonical: 'https://fhir.tend.example/Questionnaire/bpi-sf|0.0.0-fixture' }]
	});

	await staff.submit(q.assignments.first().getByRole('button', { name: /^Withdraw/ }));
	await expect(staff.main.getByRole('status')).toContainText('The assignment is withdrawn');
	await expect(q.assignments.first()).toContainText('Withdrawn');
	await checkA11y();
	expect((await pull(server, request, device.token, 'Task'))[0]?.status).toBe('cancelled');
	expect(audited('questionnaire.assign')).toHaveLength(1);
	expect(audited('questionnaire.assignment.withdraw')).toHaveLength(1);
});

test('a flagged PHQ-9 needs attention, at the top and on the home page, until it is reviewed', async ({
	page,
	request,
	checkA11y
}) => {
	const device = { ...(await enrolDevice(server, request, patientId)), patientId };
	await sendPhq9(server, request, device, {
		values: [3, 3, 2, 2, 2, 2, 2, 2, 2],
		authored: new Date(Date.now() - 20 * 86_400_000).toISOString()
	});
	await sendPhq9(server, request, device, {
		values: [1, 1, 1, 1, 1, 1, 1, 1, 0],
		authored: new Date(Date.now() - 86_400_000).toISOString()
	});

	const { staff, q } = await signedIn(page);
	await staff.goto(`/staff/patients/${patientId}`);
	await expect(
		staff.main.getByRole('region', { name: 'Questionnaires', exact: true })
	).toContainText('1 flagged questionnaire response needs attention');
	await checkA11y();

	await staff.goto('/staff');
	const home = staff.section('Needs attention');
	await expect(home.locator('tbody tr')).toHaveCount(1);
	await expect(home.locator('tbody tr').first()).toContainText('Sam Jones');
	await expect(home.locator('tbody tr').first()).toContainText(PHQ9_TITLE);
	await checkA11y();

	await home.getByRole('link', { name: 'Sam Jones' }).click();
	await staff.ready();
	await expect(staff.heading).toHaveText('Questionnaires');
	const first = q.attention.locator('.nhsuk-card');
	await expect(first).toHaveCount(1);
	await expect(first).toContainText('Question 9 answered above “Not at all”');
	await expect(first).toContainText('Answer to question 9: More than half the days');
	const rows = q.responseRows(PHQ9_TITLE);
	await expect(rows).toHaveCount(2);
	await expect(rows.nth(0)).toContainText('8 (mild)');
	await expect(rows.nth(1)).toContainText('20 (severe)');
	await expect(rows.nth(1)).toContainText('Not yet reviewed');
	const comparison = q
		.results(PHQ9_TITLE)
		.getByRole('region', { name: `${PHQ9_TITLE}: the first response against the latest` });
	await expect(comparison).toContainText('-12, better');
	await expect(comparison).toContainText('Meaningful change');
	await checkA11y();

	// A form posted from another site is refused, and reviews nothing.
	const responseId = await first.locator('input[name="response"]').inputValue();
	const forged = await page.request.post(`${page.url().split('#')[0]}?/review`, {
		headers: { origin: 'https://attacker.example' },
		form: { response: responseId }
	});
	expect(forged.status()).toBe(403);
	expect(audited('questionnaire-response.review')).toEqual([]);

	await staff.submit(first.getByRole('button', { name: /^Mark as reviewed/ }));
	await expect(staff.main.getByRole('status')).toContainText('The response is marked as reviewed');
	await expect(q.attention).toHaveCount(0);
	await expect(rows.nth(1)).toContainText(`Reviewed by ${STAFF.name} on`);
	await expect(rows.nth(1)).toContainText('Safety netting: question 9 answered above “Not at all”');
	await checkA11y();

	const [review] = audited('questionnaire-response.review');
	expect(review?.resource_id).toBe(responseId);

	await staff.goto('/staff');
	await expect(staff.section('Needs attention')).toContainText(
		'No flagged questionnaire responses need attention.'
	);
	await checkA11y();
});

test('withdrawing the licence, after confirming, retires the definition devices pull', async ({
	page,
	request,
	checkA11y
}) => {
	const { staff, q } = await signedIn(page);
	await q.openLicences();
	await staff.submit(q.licensed(BPI).getByRole('button', { name: /^Withdraw licence/ }));
	const confirm = staff.main.locator('.nhsuk-card--warning');
	await expect(confirm).toContainText(`Withdraw the licence for ${BPI}?`);
	await checkA11y();

	await staff.submit(confirm.getByRole('button', { name: 'Yes, withdraw the licence' }));
	await expect(staff.main.getByRole('status')).toContainText(
		`The licence for ${BPI} is withdrawn.`
	);
	await expect(q.licensed(BPI)).toContainText('Not recorded');
	await expect(q.licensed(BPI).getByLabel('Licence holder')).toBeVisible();
	await checkA11y();

	const device = await enrolDevice(server, request, patientId);
	const [definition] = await pull(server, request, device.token, 'Questionnaire');
	expect(definition).toMatchObject({ version: '0.0.0-fixture', status: 'retired' });
	expect(audited('questionnaire.licence.withdraw')).toHaveLength(1);
});
