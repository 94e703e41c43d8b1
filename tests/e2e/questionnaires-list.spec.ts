import { carePlanToFhir } from '$lib/careplan/fhir';
import { assignmentToTask } from '$lib/proms/assignment-fhir';
import { localIsoDate } from '$lib/i18n/dates';
import { fullCarePlanContent } from '../fixtures/careplan/care-plan';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { putRecord, waitForAppDatabase } from './support/app-db';
import { linkedEnrolment, quietService } from './support/linked-device';

// The Questionnaires page and the home page's notice: what is due and why, from the
// service's care plan and assignments, read from the device with no signal (issue 5, point 1).

const BASE = 'https://fhir.tend.example/Questionnaire/';
const PATIENT_ID = 'patient-1';

const daysFromToday = (days: number) =>
	localIsoDate(new Date(Date.now() + days * 86_400_000), 'Europe/London');

async function seedLinkedDevice(app: AppPage): Promise<void> {
	await app.goto('/');
	await waitForAppDatabase(app.page);
	await putRecord(app.page, 'enrolment', linkedEnrolment());
	const content = {
		...fullCarePlanContent(),
		startedOn: daysFromToday(-20),
		dischargedOn: null,
		standardQuestionnaires: [`${BASE}phq-9`, `${BASE}gad-7`]
	};
	const plan = {
		...carePlanToFhir(content, { patientId: PATIENT_ID, authorName: 'Sam Patel' }),
		id: 'careplan-1',
		meta: { versionId: '1', lastUpdated: '2026-04-02T10:00:00.000Z' }
	};
	await putRecord(app.page, 'pulled', {
		resourceType: 'CarePlan',
		id: 'careplan-1',
		resource: plan,
		pulledAt: '2026-04-02T10:05:00.000Z'
	});
	const task = {
		...assignmentToTask({
			id: 'task-1',
			patientId: PATIENT_ID,
			questionnaire: { url: `${BASE}peg-3`, version: '1.0.0' },
			assignedOn: daysFromToday(-2),
			dueOn: daysFromToday(5),
			status: 'requested'
		}),
		meta: { versionId: '1', lastUpdated: '2026-04-02T10:00:00.000Z' }
	};
	await putRecord(app.page, 'pulled', {
		resourceType: 'Task',
		id: 'task-1',
		resource: task,
		pulledAt: '2026-04-02T10:05:00.000Z'
	});
}

test.describe('what is due', () => {
	test('a self-guided person has nothing due and can fill any questionnaire in', async ({
		page,
		checkA11y
	}) => {
		const app = new AppPage(page);
		await app.goto('/questionnaires');
		const main = app.main;
		await expect(main.getByText('You have no questionnaires to do at the moment.')).toBeVisible();
		const anyTime = main.getByRole('link', { name: 'PHQ-9' });
		await expect(anyTime).toHaveAttribute('href', '/questionnaires/fill?q=phq-9');
		await expect(main.getByText('You have not filled in any questionnaires yet.')).toBeVisible();
		await checkA11y();
	});

	test('a linked patient sees what the service asks, overdue first, with why, offline', async ({
		page,
		context,
		checkA11y
	}) => {
		await quietService(context);
		const app = new AppPage(page);
		await seedLinkedDevice(app);
		await app.waitForServiceWorker();
		await context.setOffline(true);

		await app.goto('/');
		const notice = app.main.getByRole('link', { name: 'Questionnaires to do' });
		await expect(notice).toBeVisible();
		await expect(
			app.main.getByText('You have 3 questionnaires to fill in for your pain service.')
		).toBeVisible();
		await checkA11y();

		await notice.click();
		await app.ready();
		const cards = app.main.locator('.tend-to-do > li');
		await expect(cards).toHaveCount(3);
		await expect(cards.nth(0)).toContainText('Overdue');
		await expect(cards.nth(0)).toContainText(
			'Your pain service asks you to fill this in when you start, when you finish, and 3 months after. This one is for when you started.'
		);
		await expect(cards.nth(2)).toContainText('PEG');
		await expect(cards.nth(2)).toContainText('Your pain service asked you to fill this in.');
		const start = cards.nth(2).getByRole('button', { name: /^Start PEG/ });
		await expect(start).toHaveAttribute(
			'href',
			'/questionnaires/fill?q=peg-3&occasion=assigned%3Atask-1'
		);
		await checkA11y();
		await context.setOffline(false);
	});
});
