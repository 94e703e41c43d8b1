import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { getRecord, putRecord } from './support/app-db';

// The plan is a long form: axe takes a while over it.
test.describe.configure({ timeout: 120_000 });

/** Opens the own-plan page once online, then goes offline for everything after. */
async function openOffline(page: Page, context: BrowserContext): Promise<AppPage> {
	const app = new AppPage(page);
	await app.goto('/plan/edit');
	await app.waitForServiceWorker();
	await context.setOffline(true);
	await page.reload();
	await app.ready();
	return app;
}

/** Types into a field by keyboard, from the field itself. */
async function typeInto(page: Page, label: string, text: string, exact = false) {
	await page.getByLabel(label, { exact }).focus();
	await page.keyboard.type(text);
}

test.describe('writing my own plan (self-guided)', () => {
	test('by keyboard and offline: examples, an error to fix, saved on this device', async ({
		page,
		context,
		checkA11y
	}) => {
		const app = await openOffline(page, context);
		await expect(app.heading).toHaveText('Write my own plan');
		const whatMatters = app.main.getByLabel('What matters to me');
		await expect(whatMatters).toHaveAccessibleDescription(/For example: walking my dog/);
		await expect(app.main.getByRole('group', { name: /red flag/i })).toHaveCount(0);
		await checkA11y();

		await typeInto(page, 'What matters to me', 'Walking my dog');
		await page.keyboard.press('Enter');
		await page.keyboard.type('Seeing my grandchildren');
		const goals = app.main.getByRole('group', { name: 'My goals' });
		await goals.getByLabel('My goal').focus();
		await page.keyboard.type('Walk to the park and back');
		await page.keyboard.press('Tab');
		await page.keyboard.type('I do it twice a week for a month');

		// Add another goal: in the browser, and focus moves to the new goal.
		await goals.getByRole('button', { name: 'Add another goal' }).focus();
		await page.keyboard.press('Enter');
		const second = goals.getByRole('group', { name: 'Goal 2' });
		await expect(second.getByLabel('My goal')).toBeFocused();
		await page.keyboard.press('Tab');
		await page.keyboard.type('Sleep 6 hours');
		await expect(app.main.getByLabel('What matters to me')).toHaveValue(
			'Walking my dog\nSeeing my grandchildren'
		);

		await typeInto(page, 'First steps now', 'Stop and rest for 10 minutes');
		await page.keyboard.press('Enter');
		await page.keyboard.type('Use a heat pack');
		await typeInto(
			page,
			'If a flare-up lasts longer than this many days, contact my pain service',
			'100'
		);
		await app.main.getByRole('button', { name: 'Save my plan' }).focus();
		await page.keyboard.press('Enter');

		const summary = page.locator('.nhsuk-error-summary');
		await expect(summary).toBeFocused();
		await expect(summary).toContainText('Enter the goal that “how we will know” is for');
		await expect(summary).toContainText('Enter a whole number of days from 1 to 90');
		await checkA11y();
		await summary.getByRole('link', { name: /Enter the goal/ }).focus();
		await page.keyboard.press('Enter');
		await expect(second.getByLabel('My goal')).toBeFocused();
		await page.keyboard.type('Sleep better');
		await page
			.getByLabel('If a flare-up lasts longer than this many days, contact my pain service')
			.focus();
		await page.keyboard.press('ControlOrMeta+A');
		await page.keyboard.type('7');
		await app.main.getByRole('button', { name: 'Save my plan' }).focus();
		await page.keyboard.press('Enter');

		await expect(app.heading).toHaveText('My plan');
		await expect(page).toHaveURL(/\/plan$/);
		const saved = (await getRecord(page, 'ownCarePlan', 'current')) as {
			plan: { source: string; versionId: string; content: Record<string, unknown> };
		};
		expect(saved.plan).toMatchObject({ source: 'self', versionId: '1' });
		expect(saved.plan.content).toMatchObject({
			whatMatters: ['Walking my dog', 'Seeing my grandchildren'],
			goals: [
				{ text: 'Walk to the park and back', measure: 'I do it twice a week for a month' },
				{ text: 'Sleep better', measure: 'Sleep 6 hours' }
			],
			flare: {
				firstSteps: ['Stop and rest for 10 minutes', 'Use a heat pack'],
				contactAfterDays: 7
			},
			extraRedFlags: []
		});

		await app.goto('/plan/edit');
		await expect(app.heading).toHaveText('Change my plan');
		await expect(app.main.getByLabel('What matters to me')).toHaveValue(
			'Walking my dog\nSeeing my grandchildren'
		);
		await expect(goals.getByRole('group', { name: 'Goal 3' })).toBeVisible();
		await checkA11y();
	});
});

test.describe('when the person cannot write their own plan', () => {
	const enrolment = (page: Page) => ({
		key: 'current',
		serviceUrl: '',
		fhirBase: new URL('/fhir', page.url()).href,
		token: 'x'.repeat(43),
		patient: { id: '0b5c3a57-7f3e-4c1e-9d0a-2f6b8e4d1c9a', displayName: 'Sam Jones' },
		deviceId: 'device-1',
		deviceName: 'Alex’s phone',
		linkedAt: '2026-05-01T09:00:00.000Z',
		service: null
	});

	test('a carer is told only the person can write it', async ({ page, context, checkA11y }) => {
		const app = await openOffline(page, context);
		await putRecord(page, 'enrolment', {
			...enrolment(page),
			role: 'carer',
			carer: { name: 'Alex', relationship: 'daughter' }
		});
		await page.reload();
		await app.ready();
		await expect(app.heading).toHaveText('Only the person can write their own plan');
		await expect(app.main.locator('form')).toHaveCount(0);
		await checkA11y();
		await app.main.getByRole('button', { name: 'Go to my plan' }).focus();
		await page.keyboard.press('Enter');
		await expect(app.heading).toHaveText('My plan');
	});

	test('with a plan from the service, that plan is the plan', async ({
		page,
		context,
		checkA11y
	}) => {
		const app = await openOffline(page, context);
		const resource = JSON.parse(
			readFileSync('tests/fixtures/careplan/care-plan-full.json', 'utf8')
		);
		await putRecord(page, 'enrolment', { ...enrolment(page), role: 'patient', carer: null });
		await putRecord(page, 'pulled', {
			resourceType: 'CarePlan',
			id: resource.id,
			resource,
			pulledAt: '2026-05-11T09:05:00.000Z',
			lastUpdated: resource.meta.lastUpdated
		});
		await page.reload();
		await app.ready();
		await expect(app.heading).toHaveText('Your pain service has written your plan');
		await expect(app.main).toContainText('contact your pain service');
		await expect(app.main.locator('form')).toHaveCount(0);
		await checkA11y();
	});
});
