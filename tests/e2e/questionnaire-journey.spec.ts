import { expect, test } from './fixtures';
import { linkWithCode } from './pages/checkin-steps';
import { QuestionnairePage } from './pages/questionnaire';
import { StaffConsole } from './pages/staff-console';
import { StaffQuestionnaires } from './pages/staff-questionnaires';
import { AppServer } from './support/app-server';
import { e2ePort } from './support/ports';
import { addPatient, adminCli, createStaff } from './support/service-data';

// The whole way of a questionnaire: a linked patient answers PHQ-9 with the service out of
// reach (item 9 above "Not at all"), sees the crisis panel and the result waiting to send;
// once the service is back it is sent, and a member of staff sees it flagged at the top of
// "Needs attention", opens it and marks it reviewed (issue 5 points 3, 6 and 7; H-015, H-018).
const server = new AppServer(e2ePort(18));
const STAFF = {
	email: 'nurse@example.nhs.uk',
	name: 'Kim Nurse',
	password: 'harbour violet tandem'
};
const PHQ9_TITLE = 'Patient Health Questionnaire (PHQ-9)';

test.use({ baseURL: server.url, timezoneId: 'Europe/London' });
test.describe.configure({ timeout: 120_000 });
test.beforeAll(async () => {
	await server.start();
	createStaff(server, STAFF);
});
test.afterAll(() => server.dispose());

test('answered with no signal, sent once the service is back, reviewed by staff', async ({
	page,
	browser,
	checkA11y
}) => {
	const patientId = addPatient(server);
	const q = new QuestionnairePage(page);
	await q.goto('/link');
	await linkWithCode(page, adminCli(server, 'issue-code', '--patient', patientId).code ?? '');
	await expect(q.main).toContainText('Sam Jones');
	await q.goto('/questionnaires');
	await q.waitForServiceWorker();

	await server.stop();
	try {
		await q.open('phq-9');
		for (const [index, value] of [1, 1, 1, 1, 1, 1, 1, 1, 2, 1].entries()) {
			await q.field.getByRole('radio').nth(value).check({ force: true });
			if (index === 8) {
				await expect(q.safetyPanel).toBeVisible();
				await expect(q.safetyPanel.getByRole('link', { name: /116 123/ })).toHaveAttribute(
					'href',
					/^tel:/
				);
				await checkA11y();
			}
			await q.continueButton.click();
		}
		await q.sendButton.click();
		await expect(q.main).toContainText('Your score is 10: moderate');
		await expect(q.safetyPanel).toBeVisible();
		await expect(q.main.getByText(/^(Waiting to send|Sending)$/)).toBeVisible();
		await checkA11y();
	} finally {
		await server.start();
	}

	await q.goto('/settings');
	await page.getByRole('button', { name: 'Send now' }).click();
	await expect(page.getByText('All sent to your pain service')).toBeVisible({ timeout: 20_000 });
	await q.goto('/questionnaires');
	const done = q.main.getByRole('listitem').filter({ hasText: 'Score 10: moderate' });
	await expect(done.getByText(/^Sent on /)).toBeVisible();
	await checkA11y();

	const staffContext = await browser.newContext({ baseURL: server.url });
	try {
		const staffPage = await staffContext.newPage();
		const staff = new StaffConsole(staffPage);
		await staff.goto('/staff/sign-in');
		await staff.signIn(STAFF.email, STAFF.password);
		await staff.goto('/staff');
		const attention = staff.section('Needs attention');
		await expect(attention.locator('tbody tr')).toHaveCount(1);
		await expect(attention.locator('tbody tr').first()).toContainText(PHQ9_TITLE);
		await checkA11y(staffPage);

		await attention.getByRole('link', { name: 'Sam Jones' }).click();
		await staff.ready();
		const results = new StaffQuestionnaires(staff);
		const flagged = results.attention.locator('.nhsuk-card');
		await expect(flagged).toHaveCount(1);
		await expect(flagged).toContainText('Answer to question 9: More than half the days');
		await expect(results.responseRows(PHQ9_TITLE).first()).toContainText('10 (moderate)');
		await expect(
			staffPage.getByRole('img', { name: /^Low mood score \(PHQ-9\): a chart of 1 result/ })
		).toBeVisible();
		await checkA11y(staffPage);

		await staff.submit(flagged.getByRole('button', { name: /^Mark as reviewed/ }));
		await expect(results.attention).toHaveCount(0);
		await expect(results.responseRows(PHQ9_TITLE).first()).toContainText(
			`Reviewed by ${STAFF.name} on`
		);
		await checkA11y(staffPage);
	} finally {
		await staffContext.close();
	}
});
