import { readFile } from 'node:fs/promises';
import type { Download } from '@playwright/test';
import type { CarePlanContent } from '$lib/careplan/types';
import { fullCarePlanContent, ownPlanVersion } from '../fixtures/careplan/care-plan';
import { expect, test } from './fixtures';
import { MyPlanPage } from './pages/my-plan';
import { putRecord } from './support/app-db';
import { linkedEnrolment, quietService, SERVICE_CONTACT } from './support/linked-device';

// "My plan": the care plan organised for a bad day, offline, printed, downloaded, on a
// carer's device and on small screens (hazards H-010 and H-012).

async function link(plan: MyPlanPage, role: 'patient' | 'carer'): Promise<void> {
	await plan.seed(async () => {
		await putRecord(plan.page, 'enrolment', linkedEnrolment(role));
		await plan.storeMeta('service.contact', SERVICE_CONTACT);
	});
}

const BAD_DAY_ORDER = [
	'plan-flare',
	'plan-reengagement',
	'plan-contact',
	'plan-extraRedFlags',
	'plan-medication',
	'plan-whatMatters',
	'plan-goals',
	'plan-strategies',
	'plan-careTeam',
	'plan-review',
	'plan-pifu'
];

async function expandAll(plan: MyPlanPage): Promise<void> {
	const closed = plan.main.locator('[aria-expanded="false"]');
	for (let count = await closed.count(); count > 0; count = await closed.count()) {
		await closed.first().click();
		await expect(closed).toHaveCount(count - 1);
	}
}

test.describe('My plan', () => {
	test('self-guided with no plan: explains and offers to write one', async ({
		page,
		checkA11y
	}) => {
		const plan = new MyPlanPage(page);
		await plan.open();
		await expect(
			plan.main.getByRole('heading', { name: 'You have not written a plan yet' })
		).toBeVisible();
		await expect(plan.main.getByRole('button', { name: 'Write my own plan' })).toHaveAttribute(
			'href',
			'/plan/edit'
		);
		await checkA11y();
	});

	test('shows the plan organised for a bad day, and parts open and close by keyboard', async ({
		page,
		checkA11y
	}) => {
		const plan = new MyPlanPage(page);
		await plan.openWithOwnPlan(ownPlanVersion());
		await expect(plan.heading).toHaveText('My plan');
		await expect(plan.main.getByTestId('plan-updated')).toHaveText(
			'You last changed this plan on 2 March 2026'
		);
		expect(await plan.sectionOrder()).toEqual(BAD_DAY_ORDER);

		// What helps in a flare-up comes first and is open: first steps, then when to get in touch.
		const flare = plan.section('My flare-up plan');
		await expect(flare.getByRole('heading', { level: 3 }).first()).toHaveText('First steps now');
		await expect(flare.getByRole('listitem').first()).toHaveText('Stop and rest for 20 minutes');
		await expect(
			plan.section('When to get back in touch with my pain service').getByRole('listitem').first()
		).toHaveText('My pain is much worse for more than 2 weeks');
		await expect(
			plan
				.section('How to contact my pain service')
				.getByRole('link', { name: /^Call \W?0113 496 0000\W?$/ })
		).toHaveAttribute('href', 'tel:01134960000');
		await expect(
			plan.section('Extra warning signs my pain service asked me to watch for').getByRole('link', {
				name: 'See all the warning signs in urgent help'
			})
		).toHaveAttribute('href', '/urgent-help');
		await expect(plan.main.getByRole('button', { name: 'Change my plan' })).toHaveAttribute(
			'href',
			'/plan/edit'
		);
		await checkA11y();

		// Closed parts open and close from the keyboard.
		const goals = plan.toggle('My goals');
		await expect(goals).toHaveAttribute('aria-expanded', 'false');
		await expect(plan.section('My goals').getByText('How we will know').first()).toBeHidden();
		await goals.focus();
		await page.keyboard.press('Enter');
		await expect(goals).toHaveAttribute('aria-expanded', 'true');
		await expect(
			plan.section('My goals').getByText('Walk to the school gate and back without stopping')
		).toBeVisible();
		await page.keyboard.press('Tab');
		await expect(plan.toggle('Ways I manage my pain')).toBeFocused();
		await page.keyboard.press('Space');
		await expect(plan.section('Ways I manage my pain').getByText('Pacing')).toBeVisible();
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Space');
		await expect(goals).toHaveAttribute('aria-expanded', 'false');
		await checkA11y();

		// Who is involved, with roles and phone numbers.
		await plan.toggle('Who is involved in my care').click();
		const team = plan.section('Who is involved in my care');
		await expect(team.getByText('Key worker, Physiotherapist')).toBeVisible();
		await expect(team.getByRole('link', { name: /^Call \W?0113 496 0099\W?$/ })).toHaveAttribute(
			'href',
			'tel:01134960099'
		);
	});

	test('opens with no signal once the app is installed', async ({ page, context }) => {
		const plan = new MyPlanPage(page);
		await plan.goto('/');
		await plan.waitForServiceWorker();
		await plan.seed(() => plan.storeOwnPlan(ownPlanVersion()));
		await context.setOffline(true);
		try {
			await plan.open();
			await expect(plan.section('My flare-up plan')).toContainText('Use a heat pack');
		} finally {
			await context.setOffline(false);
		}
	});

	test('prints every part on clean pages without navigation', async ({ page, checkA11y }) => {
		const plan = new MyPlanPage(page);
		await plan.openWithOwnPlan(ownPlanVersion());
		await expect(plan.toggle('What matters to me')).toHaveAttribute('aria-expanded', 'false');
		await page.setViewportSize({ width: 680, height: 960 }); // A4 less its margins, at 96 dpi
		await page.emulateMedia({ media: 'print' });

		await expect(plan.main.getByText('Walking my granddaughter to school')).toBeVisible();
		await expect(plan.main.getByText('Dr Priya Shah')).toBeVisible();
		await expect(plan.main.getByText('Amitriptyline 10 mg at night')).toBeVisible();
		await expect(page.getByRole('navigation')).toBeHidden();
		await expect(page.getByRole('contentinfo')).toBeHidden();
		await expect(plan.main.getByRole('button', { name: 'Print my plan' })).toBeHidden();
		// Phone links print with their numbers.
		await expect(plan.main.getByText(/Call \W?0113 496 0000/).first()).toBeVisible();
		const contactLink = plan.section('How to contact my pain service').getByRole('link').first();
		expect(await contactLink.evaluate((link) => getComputedStyle(link, '::after').content)).toBe(
			'none'
		);
		expect(await plan.fitsWidth()).toBe(true);
		await checkA11y();

		await page.emulateMedia({ media: 'screen' });
		await expect(plan.main.getByText('Walking my granddaughter to school')).toBeHidden();
	});

	test('the print button opens the browser’s print dialog', async ({ page }) => {
		const plan = new MyPlanPage(page);
		await plan.openWithOwnPlan(ownPlanVersion());
		await page.evaluate(() => {
			window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
		});
		await plan.main.getByRole('button', { name: 'Print my plan' }).click();
		await expect(page.locator('html')).toHaveAttribute('data-printed', 'yes');
	});

	test('says when a plan’s review date has passed (H-010)', async ({ page, checkA11y }) => {
		const plan = new MyPlanPage(page);
		const overdue = ownPlanVersion();
		overdue.content.reviewDate = '2026-01-15';
		await plan.openWithOwnPlan(overdue);
		const warning = plan.main.getByTestId('plan-out-of-date');
		await expect(warning).toContainText('This plan may be out of date');
		await expect(warning).toContainText('The review date you set (15 January 2026) has passed');
		await checkA11y();
	});

	test('linked, with no plan from the service yet: says so, with the service’s contact', async ({
		page,
		context,
		checkA11y
	}) => {
		await quietService(context);
		const plan = new MyPlanPage(page);
		await link(plan, 'patient');
		await plan.open();
		const empty = plan.main.getByTestId('plan-empty');
		await expect(empty).toContainText('Your pain service has not shared a care plan yet');
		await expect(empty.getByRole('link', { name: /^Call \W?0113 496 0000\W?$/ })).toBeVisible();
		await expect(plan.main.getByRole('button', { name: 'Write my own plan' })).toHaveCount(0);
		await expect(plan.main.getByTestId('carer-label')).toHaveCount(0);
		await checkA11y();
	});

	test('on a carer’s device: labelled with the patient’s name, and never an edit link', async ({
		page,
		context,
		checkA11y
	}) => {
		await quietService(context);
		const plan = new MyPlanPage(page);
		await link(plan, 'carer');
		await plan.open();
		await expect(plan.main.getByTestId('carer-label')).toHaveText(
			/You are viewing Sam Jones's plan as their carer/
		);
		await expect(plan.main.getByTestId('plan-empty')).toContainText(
			"The pain service has not shared Sam Jones's care plan yet"
		);
		await expect(plan.main.getByRole('link', { name: /write my own plan/i })).toHaveCount(0);
		await checkA11y();

		await plan.seed(() => plan.storeOwnPlan(ownPlanVersion()));
		await plan.open();
		await expect(plan.main.getByTestId('carer-label')).toBeVisible();
		await expect(plan.section('My flare-up plan')).toBeVisible();
		await expect(plan.main.getByRole('button', { name: 'Change my plan' })).toHaveCount(0);
		await expect(plan.main.getByRole('link', { name: /change my plan/i })).toHaveCount(0);
		await checkA11y();
	});

	for (const { name, width, textSize } of [
		{ name: '320 px wide', width: 320, textSize: '100%' },
		{ name: '200 % text', width: 640, textSize: '200%' },
		{ name: '320 px wide with 200 % text', width: 320, textSize: '200%' }
	]) {
		test(`nothing is cut or scrolls sideways at ${name} (H-012)`, async ({ page, checkA11y }) => {
			await page.setViewportSize({ width, height: 800 });
			const plan = new MyPlanPage(page);
			const wordy = ownPlanVersion({ content: fullCarePlanContent() });
			wordy.content.whatMatters.push(
				'Pneumonoultramicroscopicsilicovolcanoconiosis-and-other-very-long-words-without-spaces'
			);
			await plan.openWithOwnPlan(wordy);
			await page.evaluate((size) => (document.documentElement.style.fontSize = size), textSize);
			await expandAll(plan);
			await expect(plan.main.getByText(/paintoolkit\.org/)).toBeVisible();
			expect(await plan.fitsWidth()).toBe(true);
			// Every line of the plan lies inside the page.
			const overflowing = await plan.main
				.locator('li, p, h2, h3')
				.evaluateAll((elements) =>
					elements
						.filter((element) => element.scrollWidth > element.clientWidth + 1)
						.map((element) => element.textContent?.slice(0, 40))
				);
			expect(overflowing).toEqual([]);
			await checkA11y();
		});
	}
});

test.describe('My plan from the service', () => {
	test('downloads the person’s own plan as FHIR JSON with the date in its name', async ({
		page
	}) => {
		const plan = new MyPlanPage(page);
		await plan.openWithOwnPlan(ownPlanVersion());
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			plan.main.getByRole('button', { name: 'Download my plan (FHIR JSON)' }).click()
		]);
		expect(download.suggestedFilename()).toMatch(/^my-care-plan-\d{4}-\d{2}-\d{2}\.json$/);
		const json = JSON.parse(await readDownload(download));
		expect(json.resourceType).toBe('CarePlan');
	});

	test('a first plan from the service is announced until read', async ({ page, checkA11y }) => {
		const plan = new MyPlanPage(page);
		await plan.seed(async () => void (await storeServicePlan(plan, fullCarePlanContent(), '1')));
		await plan.open();
		const notice = plan.main.getByTestId('plan-notice');
		await expect(notice.getByRole('heading', { level: 2 })).toHaveText(
			'Your pain service has shared your care plan with you'
		);
		await expect(plan.main.getByTestId('plan-updated')).toHaveText(
			'Last updated 2 April 2026 by Sam Patel, Physiotherapist'
		);
		await expect(plan.main.getByRole('button', { name: 'Change my plan' })).toHaveCount(0);
		await checkA11y();
		await notice.getByRole('button', { name: 'I have read the plan' }).click();
		await expect(notice).toHaveCount(0);
	});

	test('a service plan past its review, on a device that has not checked for weeks (H-010)', async ({
		page,
		context,
		checkA11y
	}) => {
		await context.route('**/fhir/**', (route) => route.abort('internetdisconnected'));
		const plan = new MyPlanPage(page);
		const content = fullCarePlanContent();
		content.reviewDate = '2026-01-31';
		await link(plan, 'patient');
		await plan.seed(async () => {
			await storeServicePlan(plan, content, '1');
			await plan.storeMeta('careplan.seen', { planId: 'careplan-1', versionId: '1', content });
			await putRecord(page, 'syncState', {
				key: 'lastCheckedAt.CarePlan',
				value: '2026-01-05T10:00:00.000Z'
			});
		});
		await plan.open();
		const warning = plan.main.getByTestId('plan-out-of-date');
		await expect(warning).toContainText('The review date (31 January 2026) has passed');
		await expect(warning).toContainText(
			'This device last checked for changes to this plan on 5 January 2026'
		);
		await expect(warning.getByRole('link', { name: /^Call \W?0113 496 0000\W?$/ })).toBeVisible();
		await expect(plan.main.getByTestId('plan-notice')).toHaveCount(0);
		await checkA11y();
	});

	test('a new version from the service: who updated it, what changed, until read', async ({
		page,
		checkA11y
	}) => {
		const v1 = fullCarePlanContent();
		const v2 = fullCarePlanContent();
		v2.flare.firstSteps[0] = 'Stop and rest for 30 minutes';
		v2.reviewDate = '2099-09-30';
		v2.dischargedOn = '2026-03-31';
		const plan = new MyPlanPage(page);
		let resource: object = {};
		await plan.seed(async () => {
			resource = await storeServicePlan(plan, v2, '2');
			await plan.storeMeta('careplan.seen', { planId: 'careplan-1', versionId: '1', content: v1 });
		});
		await plan.open();
		const notice = plan.main.getByTestId('plan-notice');
		await expect(notice.getByRole('heading', { level: 2 })).toHaveText(
			'Your care plan was updated on 2 April 2026 by Sam Patel, Physiotherapist'
		);
		await expect(notice).toContainText(
			'Changed from “Stop and rest for 20 minutes” to “Stop and rest for 30 minutes”'
		);
		await expect(notice).toContainText('My next review');
		await expect(notice).toContainText(/Discharged from my pain service:\s*New: 31 March 2026/);
		await checkA11y();

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			plan.main.getByRole('button', { name: 'Download my plan (FHIR JSON)' }).click()
		]);
		expect(JSON.parse(await readDownload(download))).toEqual(resource);

		await notice.getByRole('button', { name: 'I have read the changes' }).click();
		await expect(notice).toHaveCount(0);
		await expect(plan.main.getByTestId('plan-updated')).toBeFocused();
		await plan.open();
		await expect(plan.main.getByTestId('plan-notice')).toHaveCount(0);
		await plan.toggle('Who is involved in my care').click();
		const team = plan.section('Who is involved in my care');
		await expect(team).toContainText('I started with my pain service on 12 January 2026');
		await expect(team).toContainText('I was discharged from my pain service on 31 March 2026');
	});
});

/** Stores `content` as version `versionId` of the service's plan, as a pull would; returns it. */
async function storeServicePlan(
	plan: MyPlanPage,
	content: CarePlanContent,
	versionId: string
): Promise<object> {
	const { carePlanToFhir } = await import('$lib/careplan/fhir');
	const resource = {
		...carePlanToFhir(content, {
			patientId: 'patient-1',
			authorName: 'Sam Patel, Physiotherapist'
		}),
		id: 'careplan-1',
		meta: { versionId, lastUpdated: '2026-04-02T10:00:00.000Z' }
	};
	await putRecord(plan.page, 'pulled', {
		resourceType: 'CarePlan',
		id: 'careplan-1',
		resource,
		pulledAt: '2026-04-02T10:05:00.000Z',
		lastUpdated: '2026-04-02T10:00:00.000Z'
	});
	return resource;
}

/** The text of a file the page offered for download. */
async function readDownload(download: Download): Promise<string> {
	return readFile(await download.path(), 'utf8');
}
