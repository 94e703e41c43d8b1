import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CarePlanEditor } from './pages/care-plan-editor';
import { linkWithCode } from './pages/checkin-steps';
import { MyPlanPage } from './pages/my-plan';
import { StaffConsole } from './pages/staff-console';
import { addPatient, adminCli, createStaff } from './support/service-data';
import { AppServer } from './support/app-server';
import { e2ePort } from './support/ports';

// The whole path of a care plan: staff write and publish it in the console, the patient's
// phone pulls it, shows it with no signal, tells the person what changed in the next
// version, and prints it. Hazards H-010, H-013, H-017.

const server = new AppServer(e2ePort(10));
const STAFF = { email: 'lead@example.nhs.uk', name: 'Alex Lead', password: 'kettle orbit lantern' };
let patientPath = '';
let code = '';

test.use({ baseURL: server.url });
// A long form in the console and axe on every state of the plan: allow for it.
test.describe.configure({ timeout: 180_000 });
test.beforeAll(async () => {
	await server.start();
	createStaff(server, STAFF);
	const patientId = addPatient(server);
	patientPath = `/staff/patients/${patientId}`;
	code = String(adminCli(server, 'issue-code', '--patient', patientId).code);
});
test.afterAll(() => server.dispose());

/** Staff work in a browser of their own, beside the patient's phone. */
async function asStaff(browser: Browser, work: (editor: CarePlanEditor) => Promise<void>) {
	const context = await browser.newContext({ baseURL: server.url });
	try {
		const staff = new StaffConsole(await context.newPage());
		await staff.goto('/staff/sign-in');
		await staff.signIn(STAFF.email, STAFF.password);
		await expect(staff.heading).toHaveText('Patients');
		await staff.goto(patientPath);
		await work(new CarePlanEditor(staff));
	} finally {
		await context.close();
	}
}

async function linkPhone(page: Page): Promise<void> {
	await new MyPlanPage(page).goto('/link');
	await linkWithCode(page, code);
	await expect(page.getByRole('main')).toContainText('Sam Jones');
}

test('staff publish a plan; the phone shows it offline, then what changed, and prints it', async ({
	browser,
	page,
	checkA11y
}) => {
	await asStaff(browser, (editor) =>
		editor.publishPlan({
			whatMatters: ['Walking my granddaughter to school'],
			goals: [
				{ text: 'Walk to school and back three times a week', measure: 'Three walks a week' }
			],
			contact: { phone: '0113 496 0000', hours: 'Monday to Friday, 8am to 6:30pm', email: '' },
			reengagement: ['Pain stops your daily activities for more than 2 weeks'],
			flare: { 'First steps now': ['Stop and rest for 10 minutes', 'Use a heat pack'] },
			contactAfterDays: '7'
		})
	);

	await linkPhone(page);
	const plan = new MyPlanPage(page);
	await plan.goto('/plan');
	await plan.waitForServiceWorker();
	// Opening the app pulls what changed; the page follows the database.
	await expect(plan.main).toContainText('Stop and rest for 10 minutes', { timeout: 15_000 });
	const notice = plan.main.getByTestId('plan-notice');
	await expect(notice.getByRole('heading', { level: 2 })).toHaveText(
		'Your pain service has shared your care plan with you'
	);
	await expect(plan.main.getByTestId('plan-updated')).toContainText('by Alex Lead');
	await checkA11y();
	await notice.getByRole('button').first().click();
	await expect(notice).toHaveCount(0);

	await server.stop();
	await plan.open();
	await expect(plan.main).toContainText('Stop and rest for 10 minutes');
	await expect(plan.main).toContainText('Walking my granddaughter to school');
	await checkA11y();
	await server.start();

	await asStaff(browser, async (editor) => {
		await editor.openFromPatientPage();
		await editor.fill({
			flare: { 'First steps now': ['Stop and rest for 20 minutes', 'Use a heat pack'] }
		});
		await editor.publish();
	});
	await plan.open();
	await expect(notice.getByRole('heading', { level: 2 })).toContainText(
		'Your care plan was updated on',
		{ timeout: 15_000 }
	);
	await expect(notice.getByRole('heading', { level: 2 })).toContainText('by Alex Lead');
	await expect(notice).toContainText(
		'Changed from “Stop and rest for 10 minutes” to “Stop and rest for 20 minutes”'
	);
	await checkA11y();
	await notice.getByRole('button', { name: 'I have read the changes' }).click();
	await expect(notice).toHaveCount(0);

	await page.emulateMedia({ media: 'print' });
	await expect(plan.main).toContainText('Stop and rest for 20 minutes');
	await expect(plan.main).toContainText('Walking my granddaughter to school');
	await expect(plan.navigation).toBeHidden();
	await page.emulateMedia({ media: 'screen' });
});
