import { expect, test } from './fixtures';
import { FlareFlow } from './pages/flare-flow';
import { AppServer } from './support/app-server';
import { putRecord, writeMeta } from './support/app-db';
import { e2ePort } from './support/ports';
import {
	emptyCarePlan,
	type CarePlanVersion,
	type ExtraRedFlag
} from '../../src/lib/careplan/types';

// Hazard H-009: a red flag not shown, or routed wrong. Every route of the flare-up flow, by
// keyboard only, with axe on every state; offline; right to left; the service's own red
// flags; small screens with large text.

const EMERGENCY_HEADING = 'Call 999 or go to A&E now';
const URGENT_HEADING = 'Ask for an urgent GP appointment today, or call 111';
const CRISIS_HEADING = 'If you feel you cannot cope, or might harm yourself';

// Keyboard-only journeys press Tab many times, and axe runs on every state: allow for it.
test.describe.configure({ timeout: 120_000 });

/** The person's own care plan, as the app stores it (table ownCarePlan). */
function ownPlan(extraRedFlags: ExtraRedFlag[] = []) {
	const content = emptyCarePlan();
	content.whatMatters = ['Walking the dog'];
	content.contact = { phone: '01632 960 001', hours: 'Monday to Friday, 8am to 6:30pm', email: '' };
	content.reengagement = ['My pain stops me sleeping for a week'];
	content.flare = {
		...content.flare,
		firstSteps: ['Take my flare-up tablets', 'Lie on my side with a pillow between my knees'],
		nextDays: ['Short walks every two hours'],
		helpedBefore: ['A warm shower'],
		medication: ['Naproxen 500 mg twice a day for up to 5 days'],
		whoToTell: ['My daughter Amina'],
		contactServiceWhen: ['The flare has not eased after a week'],
		contactAfterDays: 7
	};
	content.extraRedFlags = extraRedFlags;
	const plan: CarePlanVersion = {
		source: 'self',
		planId: 'self',
		versionId: '1',
		updatedAt: '2026-11-01T10:00:00.000Z',
		authorName: '',
		content
	};
	return { key: 'current', plan };
}

async function seedPlan(flow: FlareFlow, plan = ownPlan()): Promise<void> {
	await flow.goto('/flare-up');
	await putRecord(flow.page, 'ownCarePlan', plan);
	await flow.page.reload();
	await flow.ready();
}

test.describe('flare-up flow, by keyboard only', () => {
	test('a 999 red flag shows the emergency card and stops there', async ({ page, checkA11y }) => {
		const flow = new FlareFlow(page);
		await flow.goto('/flare-up');
		// Red flags first: the first thing after the lead is the 999 question screen.
		await expect(flow.main.locator('[data-level]').first()).toHaveAttribute(
			'data-level',
			'emergency'
		);
		await expect(flow.stepHeading).toHaveText('Do you need to call 999?');
		await expect(flow.questions).toHaveCount(6);
		await expect(flow.main.getByRole('link', { name: 'Call 999' }).first()).toHaveAttribute(
			'href',
			'tel:999'
		);
		await checkA11y();

		// One yes is enough: the other 999 questions need no answer.
		const chest = await flow.answerOnly(/^chest pain$/i);
		await flow.continue();
		const card = await flow.expectResult('emergency', EMERGENCY_HEADING);
		await expect(card).toContainText('chest pain');
		await expect(card.getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
		// Nothing leads on to self-management.
		await expect(flow.main.getByRole('heading', { name: 'Your flare-up plan' })).toHaveCount(0);
		await expect(flow.main.getByRole('button', { name: 'Go to my flare-up plan' })).toHaveCount(0);
		await expect(flow.main.getByRole('link', { name: 'Log this flare-up' })).toHaveCount(0);
		await checkA11y();

		// Back returns to the 999 questions with the answer kept, to correct a mis-tap.
		await flow.press(flow.main.getByRole('button', { name: 'Back' }));
		await flow.expectStep('Do you need to call 999?');
		await expect(flow.questions.nth(chest).getByRole('radio').first()).toBeChecked();
	});

	test('an urgent red flag shows NHS 111 / GP today first, then the plan if chosen', async ({
		page,
		checkA11y
	}) => {
		const flow = new FlareFlow(page);
		await flow.goto('/flare-up');
		await flow.answerAllNo();
		await flow.expectStep('Do you need to see a doctor today?');

		// Continue with nothing answered: every question is pointed out; none can be skipped.
		await flow.continue();
		await expect(flow.errorSummary).toBeFocused();
		await expect(flow.errorSummary.getByRole('listitem')).toHaveCount(6);
		await checkA11y();

		const night = await flow.indexOf(/worse at night/);
		await flow.answer((index) => index === night);
		await flow.continue();
		await flow.expectStep('How are you feeling?');
		await checkA11y();
		await flow.answerAllNo();

		const card = await flow.expectResult('urgent', URGENT_HEADING);
		await expect(card).toContainText('the pain is worse at night');
		await expect(card.getByRole('link', { name: 'Call 111' })).toHaveAttribute('href', 'tel:111');
		await checkA11y();

		await flow.press(flow.main.getByRole('button', { name: 'Go to my flare-up plan' }));
		await flow.expectStep('Your flare-up plan');
		// The urgent contacts stay first, above the plan.
		const order = await flow.main
			.locator('[data-level="urgent"], #flare-step-heading')
			.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-level') ?? 'plan'));
		expect(order).toEqual(['urgent', 'plan']);
		await checkA11y();
	});

	test('the crisis question shows NHS 111 option 2, Samaritans, Shout and 999', async ({
		page,
		checkA11y
	}) => {
		const flow = new FlareFlow(page);
		await flow.goto('/flare-up');
		await flow.answerAllNo();
		await flow.answerAllNo();
		await flow.expectStep('How are you feeling?');
		await flow.answer(() => true);
		await flow.continue();

		const card = await flow.expectResult('crisis', CRISIS_HEADING);
		const hrefs = await card
			.getByRole('link')
			.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		expect(hrefs).toEqual(['tel:999', 'tel:111', 'tel:116123', 'sms:85258?&body=SHOUT']);
		await expect(card).toContainText('option 2');
		await checkA11y();

		await flow.press(flow.main.getByRole('button', { name: 'Go to my flare-up plan' }));
		await flow.expectStep('Your flare-up plan');
		await expect(flow.main.locator('[data-level]').first()).toHaveAttribute('data-level', 'crisis');

		await flow.press(flow.main.getByRole('button', { name: 'Start again' }));
		await flow.expectStep('Do you need to call 999?');
		await expect(flow.questions.first().getByRole('radio').first()).not.toBeChecked();
	});

	test('nothing applies: the person’s own plan, steps ticked off, then log the flare-up', async ({
		page,
		checkA11y
	}) => {
		const flow = new FlareFlow(page);
		await seedPlan(flow);
		await flow.answerAllNo();
		await flow.answerAllNo();
		await flow.answerAllNo();
		await flow.expectStep('Your flare-up plan');
		await expect(flow.announcement).toHaveText('Your flare-up plan');
		await expect(flow.main.locator('[data-level]')).toHaveCount(0);

		const firstSteps = flow.main.getByRole('group', { name: 'First steps now' });
		const tablets = firstSteps.getByRole('checkbox', { name: /Take my flare-up tablets/ });
		await flow.tabTo(tablets);
		await page.keyboard.press('Space');
		await expect(tablets).toBeChecked();
		const walks = flow.main
			.getByRole('group', { name: 'The next few days' })
			.getByRole('checkbox', { name: /Short walks/ });
		await flow.tabTo(walks);
		await page.keyboard.press('Space');
		await expect(walks).toBeChecked();

		await expect(flow.main).toContainText('A warm shower');
		await expect(flow.main).toContainText('Naproxen 500 mg');
		await expect(flow.main).toContainText('My daughter Amina');
		await expect(flow.main).toContainText('My pain stops me sleeping for a week');
		await expect(flow.main).toContainText('The flare has not eased after a week');
		await expect(flow.main).toContainText('lasts longer than 7 days');
		await expect(flow.main.getByRole('link', { name: /Call .*01632 960 001/ })).toHaveAttribute(
			'href',
			'tel:01632960001'
		);
		await checkA11y();

		const log = flow.main.getByRole('button', { name: 'Log this flare-up' });
		await expect(log).toHaveAttribute('href', '/flare-up/log/edit');
		await flow.press(log);
		await expect(page).toHaveURL(/\/flare-up\/log\/edit$/);
	});

	test('a flare-up going on for longer than the plan says points to the service first', async ({
		page,
		checkA11y
	}) => {
		const flow = new FlareFlow(page);
		await flow.goto('/flare-up');
		await putRecord(page, 'ownCarePlan', ownPlan());
		const nineDaysAgo = new Date(Date.now() - 9 * 24 * 3600 * 1000).toISOString();
		await putRecord(page, 'flareLogs', {
			id: '5b0e8c1e-2f0a-4d57-9d7e-0c3f8a3e6b11',
			startedAt: nineDaysAgo,
			endedAt: null,
			severity: 8,
			triggers: [],
			whatIDid: '',
			whatHelped: '',
			send: false,
			createdAt: nineDaysAgo,
			updatedAt: nineDaysAgo
		});
		await page.reload();
		await flow.ready();
		await flow.answerAllNo();
		await flow.answerAllNo();
		await flow.answerAllNo();
		await flow.expectStep('Your flare-up plan');
		const callout = flow.main.locator('.nhsuk-card--warning', {
			hasText: 'Contact your pain service'
		});
		await expect(callout).toContainText('Contact your pain service');
		await expect(callout).toContainText('lasted longer than 7 days');
		await expect(callout.getByRole('link', { name: /01632 960 001/ })).toHaveAttribute(
			'href',
			'tel:01632960001'
		);
		await checkA11y();
	});

	test('with no plan: general NHS first steps and a link to write a plan', async ({
		page,
		checkA11y
	}) => {
		const flow = new FlareFlow(page);
		await flow.goto('/flare-up');
		await writeMeta(page, 'service.contact', {
			name: 'Community Pain Service',
			phone: '01632 960 002'
		});
		await page.reload();
		await flow.ready();
		for (let screen = 0; screen < 3; screen++) await flow.answerAllNo();
		await flow.expectStep('Your flare-up plan');
		const steps = flow.main.getByRole('group', { name: 'First steps for a flare-up' });
		await expect(steps.getByRole('checkbox')).toHaveCount(7);
		const pace = steps.getByRole('checkbox', { name: /Slow down/ });
		await flow.tabTo(pace);
		await page.keyboard.press('Space');
		await expect(pace).toBeChecked();
		await expect(
			flow.main.getByRole('link', { name: 'Write your own flare-up plan' })
		).toHaveAttribute('href', '/plan/edit');
		await expect(flow.main.getByTestId('service-contact')).toContainText('Community Pain Service');
		await expect(flow.main.getByRole('button', { name: 'Log this flare-up' })).toBeVisible();
		await checkA11y();
	});
});

test.describe('flare-up and urgent help', () => {
	test('urgent help links to the flare-up flow in one step', async ({ page, checkA11y }) => {
		const flow = new FlareFlow(page);
		await flow.goto('/urgent-help');
		const link = flow.main.getByRole('button', { name: "I'm having a flare-up" });
		// Red flags still come before it.
		const first = flow.main.locator('[data-level], a[href="/flare-up"]').first();
		await expect(first).toHaveAttribute('data-level', 'emergency');
		await flow.press(link);
		await expect(page).toHaveURL(/\/flare-up$/);
		await flow.ready();
		await expect(flow.stepHeading).toHaveText('Do you need to call 999?');
		await flow.goto('/');
		await flow.press(flow.main.getByRole('button', { name: 'Get help with a flare-up' }));
		await expect(page).toHaveURL(/\/flare-up$/);
		await checkA11y();
	});

	test('red flags the pain service added are shown, labelled, and routed by their level', async ({
		page,
		checkA11y
	}) => {
		const flow = new FlareFlow(page);
		await seedPlan(
			flow,
			ownPlan([
				{ id: 'arm', level: 'emergency', text: 'Sudden weakness in one arm' },
				{ id: 'fever', level: 'urgent', text: 'A fever after your injection' },
				{ id: 'voices', level: 'crisis', text: 'Voices telling you to harm yourself' },
				{ id: 'chest-pain', level: 'urgent', text: 'Reworded chest pain' }
			])
		);
		await flow.goto('/urgent-help');
		for (const [level, text] of [
			['emergency', 'Sudden weakness in one arm'],
			['urgent', 'A fever after your injection'],
			['crisis', 'Voices telling you to harm yourself']
		]) {
			const card = flow.main.locator(`[data-level="${level}"]`);
			await expect(card).toContainText('Added for you by your pain service:');
			await expect(card.getByRole('listitem').filter({ hasText: text })).toBeVisible();
		}
		// A default cannot be reworded.
		await expect(flow.main).not.toContainText('Reworded chest pain');
		await expect(flow.main.getByText('chest pain', { exact: true })).toBeVisible();
		await checkA11y();

		await flow.goto('/flare-up');
		await expect(flow.questions).toHaveCount(7);
		const arm = flow.questions.last();
		await expect(arm).toContainText('Sudden weakness in one arm');
		await expect(arm).toContainText('Added for you by your pain service');
		await flow.answer((index) => index === 6);
		await flow.continue();
		await flow.expectStep(EMERGENCY_HEADING);
		await expect(flow.main.locator('[data-level="emergency"]')).toContainText(
			'Sudden weakness in one arm'
		);
		await checkA11y();
	});

	test('in Arabic the flow is laid out right to left and reaches the crisis contacts', async ({
		page,
		checkA11y
	}) => {
		const flow = new FlareFlow(page);
		await flow.goto('/settings');
		await page.getByRole('radio', { name: 'العربية' }).check();
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await flow.goto('/flare-up');
		await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
		expect(await flow.stepHeading.evaluate((h) => getComputedStyle(h).direction)).toBe('rtl');
		await checkA11y();
		await flow.answerAllNo();
		await flow.answerAllNo();
		await flow.answer(() => true);
		await flow.continue();
		const card = flow.main.locator('[data-level="crisis"]');
		await expect(card).toBeVisible();
		await expect(flow.stepHeading).toBeFocused();
		const hrefs = await card
			.getByRole('link')
			.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		expect(hrefs).toEqual(['tel:999', 'tel:111', 'tel:116123', 'sms:85258?&body=SHOUT']);
		expect(await card.evaluate((c) => getComputedStyle(c).direction)).toBe('rtl');
		await checkA11y();
	});

	test('at 320 px wide with the largest text, no state scrolls sideways', async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 640 });
		const flow = new FlareFlow(page);
		await flow.goto('/settings');
		await page.getByRole('radio', { name: 'Larger' }).check();
		await expect(page.locator('html')).toHaveAttribute('data-text-size', 'larger');
		const long = ownPlan([
			{ id: 'long', level: 'urgent', text: 'Antidisestablishmentarianism'.repeat(3) }
		]);
		long.plan.content.flare.firstSteps.push('https://example.nhs.uk/'.padEnd(90, 'x'));
		await seedPlan(flow, long);

		await flow.expectNoHorizontalScroll();
		await flow.continue(); // nothing answered: the error state
		await expect(flow.errorSummary).toBeVisible();
		await flow.expectNoHorizontalScroll();
		await flow.answer(() => true);
		await flow.continue();
		await flow.expectStep(EMERGENCY_HEADING);
		await flow.expectNoHorizontalScroll();
		await flow.press(flow.main.getByRole('button', { name: 'Back' }));
		await flow.answer(() => false);
		await flow.continue();
		await flow.expectNoHorizontalScroll();
		await flow.answer(() => true);
		await flow.continue();
		await flow.answer(() => true);
		await flow.continue();
		await flow.expectStep(CRISIS_HEADING);
		await flow.expectNoHorizontalScroll();
		await flow.press(flow.main.getByRole('button', { name: 'Go to my flare-up plan' }));
		await flow.expectStep('Your flare-up plan');
		await flow.expectNoHorizontalScroll();
	});
});

test.describe('flare-up offline', () => {
	// A server of our own, so it can really be stopped.
	const server = new AppServer(e2ePort(6));
	test.use({ baseURL: server.url });
	test.beforeAll(() => server.start());
	test.afterAll(() => server.dispose());

	test('with the server stopped, the whole flow works and shows the person’s own plan', async ({
		page,
		checkA11y
	}) => {
		const flow = new FlareFlow(page);
		await flow.goto('/');
		await flow.waitForServiceWorker();
		await putRecord(page, 'ownCarePlan', ownPlan());
		await server.stop();
		try {
			await flow.goto('/flare-up');
			await flow.answerAllNo();
			await flow.answerAllNo();
			await flow.answerAllNo();
			await flow.expectStep('Your flare-up plan');
			await expect(
				flow.main.getByRole('checkbox', { name: /Take my flare-up tablets/ })
			).toBeVisible();
			await checkA11y();
			await flow.press(flow.main.getByRole('button', { name: 'Start again' }));
			await flow.answerOnly(/^chest pain$/i);
			await flow.continue();
			await flow.expectStep(EMERGENCY_HEADING);
			await checkA11y();
		} finally {
			await server.start();
		}
	});
});
