import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { PHQ9_HEADINGS, PHQ9_MODERATE, QuestionnairePage } from './pages/questionnaire';
import { linkWithCode } from './pages/checkin-steps';
import { allRecords, putRecord } from './support/app-db';
import { AppServer } from './support/app-server';
import { e2ePort } from './support/ports';
import { addPatient, adminCli } from './support/service-data';
import allTypes from '../fixtures/questionnaires/engine/all-types.json' with { type: 'json' };

// Hazards H-015 (PHQ-9 item 9 panel) and H-018 (a response lost or misread): filling in a
// questionnaire by keyboard and by touch, resuming a draft, the crisis panel offline, right
// to left, and axe on every question type and state.

test.describe.configure({ timeout: 120_000 });

test.describe('PHQ-9 by keyboard only', () => {
	test('every question, the review, and the result with its band', async ({ page, checkA11y }) => {
		const q = new QuestionnairePage(page);
		await q.open('phq-9');
		await q.expectQuestion(PHQ9_HEADINGS[0]!, 'Question 1 of 10');
		await checkA11y();

		// Continue without an answer: the error is in the summary and on the field.
		await q.continueByKeyboard();
		await expect(q.errorSummary).toBeFocused();
		await expect(q.errorSummary).toContainText('Answer this question');
		await expect(q.field).toContainText('Error: Answer this question');
		await checkA11y();

		for (const [index, value] of PHQ9_MODERATE.entries()) {
			await q.expectQuestion(PHQ9_HEADINGS[index]!, `Question ${index + 1} of 10`);
			// Focus moves to each new question's heading.
			if (index > 0) await expect(q.screenHeading).toBeFocused();
			await q.chooseByKeyboard(value);
			if (index === 0) await checkA11y();
			await q.continueByKeyboard();
		}
		await q.expectQuestion(/how difficult have these problems made it/, 'Question 10 of 10');
		await expect(q.safetyPanel).toHaveCount(0);
		await q.chooseByKeyboard(1);
		await q.continueByKeyboard();

		await expect(q.screenHeading).toHaveText('Check your answers before you send them');
		await expect(q.screenHeading).toBeFocused();
		await expect(q.reviewRow(PHQ9_HEADINGS[0]!)).toContainText('More than half the days');
		await expect(q.reviewRow(PHQ9_HEADINGS[8]!)).toContainText('Not at all');
		await checkA11y();
		await q.tabTo(q.sendButton);
		await page.keyboard.press('Enter');

		await expect(q.heading).toHaveText('Your answers are saved');
		await expect(q.main).toContainText('Your score is 12: moderate');
		await expect(q.main).toContainText('It is not a diagnosis');
		await expect(q.main).toContainText('This is the first time you have filled this in');
		await checkA11y();
	});
});

test.describe('PHQ-9 by touch, on a phone', () => {
	test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

	test('large options to tap, a change from the review, and the result', async ({
		page,
		checkA11y
	}) => {
		const q = new QuestionnairePage(page);
		await q.open('phq-9');
		const options = ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'];
		for (const [index, value] of PHQ9_MODERATE.entries()) {
			await q.expectQuestion(PHQ9_HEADINGS[index]!, `Question ${index + 1} of 10`);
			const option = q.field.locator('label', { hasText: options[value]! });
			// Each option is a full-width target at least 40 px high (nhsuk radios).
			const box = await q.field.locator('.nhsuk-radios__item').nth(value).boundingBox();
			expect(box?.height).toBeGreaterThanOrEqual(40);
			expect(box?.width).toBeGreaterThanOrEqual(300);
			await option.tap();
			await expect(q.field.getByRole('radio').nth(value)).toBeChecked();
			await q.continueButton.tap();
		}
		await q.field.locator('label', { hasText: 'Somewhat difficult' }).tap();
		await q.continueButton.tap();

		// Change question 3 from the review, then straight back to the review.
		await expect(q.screenHeading).toHaveText('Check your answers before you send them');
		await q
			.reviewRow(PHQ9_HEADINGS[2]!)
			.getByRole('link', { name: /Change/ })
			.tap();
		await q.expectQuestion(PHQ9_HEADINGS[2]!, 'Question 3 of 10');
		await q.field.locator('label', { hasText: 'Nearly every day' }).tap();
		await checkA11y();
		await q.continueButton.tap();
		await expect(q.screenHeading).toHaveText('Check your answers before you send them');
		await expect(q.reviewRow(PHQ9_HEADINGS[2]!)).toContainText('Nearly every day');
		await q.sendButton.tap();
		await expect(q.main).toContainText('Your score is 13: moderate');
		await checkA11y();
	});
});

test.describe('resuming a draft', () => {
	test('after a reload, the back button, and leaving for the list', async ({ page, checkA11y }) => {
		const q = new QuestionnairePage(page);
		await q.open('phq-9');
		for (const value of [1, 2, 3]) {
			await q.field.getByRole('radio').nth(value).check({ force: true });
			await q.continueButton.click();
		}
		await q.expectQuestion(PHQ9_HEADINGS[3]!, 'Question 4 of 10');

		// Saved on every answer, as an in-progress response.
		await expect
			.poll(async () => {
				const rows = (await allRecords(page, 'promResponses')) as {
					status: string;
					answers: Record<string, unknown[]>;
				}[];
				return rows.map((row) => [row.status, Object.keys(row.answers).length]);
			})
			.toEqual([['in-progress', 3]]);

		await page.reload();
		await q.ready();
		await q.expectQuestion(PHQ9_HEADINGS[3]!, 'Question 4 of 10');
		await page.goBack();
		await q.expectQuestion(PHQ9_HEADINGS[2]!, 'Question 3 of 10');
		await expect(q.field.getByRole('radio').nth(3)).toBeChecked();

		await q.goto('/questionnaires');
		await q.open('phq-9');
		await q.expectQuestion(PHQ9_HEADINGS[3]!, 'Question 4 of 10');
		await expect(q.main).toContainText('You started this questionnaire before');
		await checkA11y();
		await page.getByRole('link', { name: 'Back', exact: true }).click();
		await q.expectQuestion(PHQ9_HEADINGS[2]!, 'Question 3 of 10');
		await expect(q.field.getByRole('radio').nth(3)).toBeChecked();
	});
});

test.describe('when this browser will not store anything', () => {
	// As in some private windows: no IndexedDB at all.
	test.beforeEach(async ({ page }) => {
		await page.addInitScript(() =>
			Object.defineProperty(window, 'indexedDB', { get: () => undefined })
		);
	});

	test('no questions are offered, and the page says why and where to go', async ({
		page,
		checkA11y
	}) => {
		await page.goto('/questionnaires/fill?q=phq-9');
		await expect(
			page.getByRole('heading', { level: 1, name: 'This questionnaire cannot be opened just now' })
		).toBeVisible();
		await expect(page.getByTestId('database-notice')).toContainText(
			'Tend cannot save anything in this browser window'
		);
		// Said once, in the notice, not again in the page.
		await expect(page.getByText('Tend cannot save anything in this browser window')).toHaveCount(1);
		await expect(page.getByRole('radio')).toHaveCount(0);
		await expect(
			page.getByRole('main').getByRole('link', { name: 'Go to your questionnaires' })
		).toBeVisible();
		await checkA11y();
	});
});

test.describe('PHQ-9 item 9, with the server stopped', () => {
	const server = new AppServer(e2ePort(11));
	test.use({ baseURL: server.url });
	test.beforeAll(() => server.start());
	test.afterAll(() => server.dispose());

	test('the crisis panel shows before Continue, on the review and with the result', async ({
		page,
		checkA11y
	}) => {
		const q = new QuestionnairePage(page);
		await q.goto('/');
		await q.waitForServiceWorker();
		await server.stop();
		try {
			await q.open('phq-9');
			for (let index = 0; index < 8; index++) {
				await q.expectQuestion(PHQ9_HEADINGS[index]!);
				await q.chooseByKeyboard(0);
				await q.continueByKeyboard();
			}
			await q.expectQuestion(PHQ9_HEADINGS[8]!, 'Question 9 of 10');
			await expect(q.safetyPanel).toHaveCount(0);
			await q.chooseByKeyboard(1);

			// At once, on the same screen, before Continue: the crisis contacts as links.
			await expect(q.safetyPanel).toBeVisible();
			await expect(
				page.getByRole('status').filter({ hasText: 'Help is available now' })
			).toHaveCount(1);
			const links = q.safetyPanel.getByRole('link');
			await expect(links.filter({ hasText: 'Call 999 or go to A&E' })).toHaveAttribute(
				'href',
				'tel:999'
			);
			await expect(links.filter({ hasText: 'option 2' })).toHaveAttribute('href', 'tel:111');
			await expect(links.filter({ hasText: 'Samaritans' })).toHaveAttribute('href', 'tel:116123');
			await expect(links.filter({ hasText: 'SHOUT' })).toHaveAttribute('href', /^sms:85258/);
			await expect(q.safetyPanel).toContainText('do not watch answers as they come in');
			await expect(q.progress).toHaveText('Question 9 of 10');
			await checkA11y();

			// Back to "Not at all" takes it away; a higher answer brings it back.
			await q.chooseByKeyboard(0);
			await expect(q.safetyPanel).toHaveCount(0);
			// With every answer "Not at all", the difficulty question is no longer asked.
			await expect(q.progress).toHaveText('Question 9 of 9');
			await q.chooseByKeyboard(3);
			await expect(q.safetyPanel).toBeVisible();
			await q.continueByKeyboard();

			await q.expectQuestion(/how difficult/, 'Question 10 of 10');
			await q.chooseByKeyboard(0);
			await q.continueByKeyboard();
			await expect(q.screenHeading).toHaveText('Check your answers before you send them');
			await expect(q.safetyPanel).toBeVisible();
			await checkA11y();
			await q.sendButton.click();

			await expect(q.heading).toHaveText('Your answers are saved');
			await expect(q.safetyPanel).toBeVisible();
			await expect(q.main).toContainText('Your score is 3: minimal');
			await expect(q.main).toContainText('Kept on this device');
			await checkA11y();
			const [stored] = (await allRecords(page, 'promResponses')) as {
				status: string;
				flags: string[];
			}[];
			expect(stored).toMatchObject({ status: 'completed', flags: ['safety-netting'] });
		} finally {
			await server.start();
		}
	});
});

test.describe('right to left', () => {
	test('an Arabic run through PEG-3, English wording with a note', async ({ page, checkA11y }) => {
		const q = new QuestionnairePage(page);
		await q.goto('/settings');
		await page.getByRole('radio', { name: 'العربية' }).check();
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

		await q.open('peg-3');
		await expect(q.englishNote).toBeVisible();
		// The instrument's own words are marked as English, so they are read and shown as such.
		await expect(q.main.locator('legend').first()).toHaveAttribute('lang', 'en');
		await expect(q.screenHeading).toContainText('What number best describes your pain');
		await expect(q.field).toContainText('No pain');
		await checkA11y();
		for (const value of [7, 7, 6]) {
			await q.chooseByKeyboard(value);
			await q.continueByKeyboard();
		}
		await expect(q.screenHeading).toBeFocused();
		await checkA11y();
		await q.tabTo(q.main.locator('#send'));
		await page.keyboard.press('Enter');
		await expect(q.main.getByTestId('score')).toContainText(/6[.,٫]67|٦٫٦٧/);
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await checkA11y();
	});
});

test.describe('every question type and state', () => {
	/** The test definition with every question type, as the service would supply it. */
	async function openAllTypes(page: Page): Promise<QuestionnairePage> {
		const q = new QuestionnairePage(page);
		await q.goto('/');
		await putRecord(q.page, 'pulled', {
			resourceType: 'Questionnaire',
			id: allTypes.id,
			resource: allTypes,
			pulledAt: '2026-11-01T10:00:00.000Z'
		});
		await q.open('engine-all-types');
		return q;
	}

	test('one question per screen: unanswered, error, answered, review and result pass axe', async ({
		page,
		checkA11y
	}) => {
		const q = await openAllTypes(page);
		const field = (name: string) => q.main.getByLabel(name, { exact: true });

		// Choice: unanswered, error, answered. Display and group text come with it.
		await q.expectQuestion('1. Placeholder item 1', 'Question 1 of 7');
		await expect(q.main).toContainText('Placeholder introduction.');
		await expect(q.screenHeading).toContainText('Mood');
		await checkA11y();
		await q.continueButton.click();
		await expect(q.errorSummary).toContainText('Answer this question');
		await checkA11y();
		await q.field.getByRole('radio').nth(2).check({ force: true });
		await expect(q.errorSummary).toHaveCount(0);
		await checkA11y();
		await q.continueButton.click();

		// An answer that shows the next question.
		await q.expectQuestion('Placeholder item 2');
		await q.field.getByRole('radio').nth(2).check({ force: true });
		await q.continueButton.click();

		// Yes/no, required.
		await q.expectQuestion('Placeholder follow-up', 'Question 3 of 8');
		await checkA11y();
		await q.continueButton.click();
		await expect(q.errorSummary).toContainText('Answer this question');
		await checkA11y();
		await q.field.getByRole('radio', { name: 'Yes' }).check({ force: true });
		await checkA11y();
		await q.continueButton.click();

		// A 0–10 scale: 8 shows two more questions.
		await q.expectQuestion('Placeholder pain 0 to 10');
		await checkA11y();
		await q.continueButton.click();
		await checkA11y();
		await q.field.getByRole('radio').nth(8).check({ force: true });
		await checkA11y();
		await q.continueButton.click();

		// A few words (optional), then longer text (required).
		await q.expectQuestion('Placeholder what makes it worse', 'Question 5 of 9');
		await checkA11y();
		await field('Placeholder what makes it worse').fill('Stairs');
		await q.continueButton.click();
		await q.expectQuestion('Placeholder tell us more');
		await q.continueButton.click();
		await expect(q.errorSummary).toContainText('Answer this question');
		await checkA11y();
		await field('Placeholder tell us more').fill('Worse at night,\nbetter with heat');
		await q.continueButton.click();

		// A decimal with limits: below the lowest, not a number, then fine.
		await q.expectQuestion('Placeholder weight');
		await checkA11y();
		await field('Placeholder weight').fill('12');
		await q.continueButton.click();
		await expect(q.errorSummary).toContainText('Enter a number of 20.5 or more');
		await checkA11y();
		await field('Placeholder weight').fill('71,5');
		await q.continueButton.click();
		await expect(q.errorSummary).toContainText('Enter a number, like 4 or 4.5');
		await field('Placeholder weight').fill('71.5');
		await q.continueButton.click();

		// A date: not a real day, then a real one.
		await q.expectQuestion('Placeholder start date');
		await checkA11y();
		await q.field.getByLabel('Day').fill('31');
		await q.field.getByLabel('Month').fill('2');
		await q.field.getByLabel('Year').fill('2025');
		await q.continueButton.click();
		await expect(q.errorSummary).toContainText('Enter a real date');
		await checkA11y();
		await q.field.getByLabel('Day').fill('3');
		await q.field.getByLabel('Month').fill('11');
		await q.continueButton.click();

		// Several answers (checkboxes).
		await q.expectQuestion('Placeholder what helps');
		await checkA11y();
		await q.field.getByRole('checkbox', { name: 'Heat' }).check({ force: true });
		await q.field.getByRole('checkbox', { name: 'Walk' }).check({ force: true });
		await checkA11y();
		await q.continueButton.click();

		// Yes/no, optional; "No" with a date before 2026 shows a number with no limits.
		await q.expectQuestion('Placeholder sleep');
		await q.field.getByRole('radio', { name: 'No' }).check({ force: true });
		await q.continueButton.click();
		await q.expectQuestion('Placeholder hours', 'Question 11 of 11');
		await checkA11y();
		await field('Placeholder hours').fill('5');
		await q.continueButton.click();

		// The review; a change that hides two questions takes them off it.
		await expect(q.screenHeading).toHaveText('Check your answers before you send them');
		await expect(q.reviewRow('Placeholder tell us more')).toContainText('better with heat');
		await expect(q.reviewRow('Placeholder start date')).toContainText('3 November 2025');
		await expect(q.reviewRow('Placeholder what helps')).toContainText('Heat, Walk');
		await checkA11y();
		await q
			.reviewRow('Placeholder pain 0 to 10')
			.getByRole('link', { name: /Change/ })
			.click();
		await q.expectQuestion('Placeholder pain 0 to 10');
		await q.field.getByRole('radio').nth(3).check({ force: true });
		await q.continueButton.click();
		await expect(q.screenHeading).toHaveText('Check your answers before you send them');
		await expect(q.reviewRow('Placeholder what makes it worse')).toHaveCount(0);
		await expect(q.reviewRow('Placeholder tell us more')).toHaveCount(0);
		await q.sendButton.click();

		await expect(q.heading).toHaveText('Your answers are saved');
		await expect(q.main).toContainText('This questionnaire does not give a score');
		await checkA11y();
		const [stored] = (await allRecords(page, 'promResponses')) as {
			answers: Record<string, unknown>;
		}[];
		expect(Object.keys(stored?.answers ?? {}).sort()).toEqual(
			[
				'helps',
				'mood.1',
				'mood.2',
				'mood.2.call',
				'pain',
				'sleep',
				'sleep.hours',
				'started',
				'weight'
			].sort()
		);
	});

	test('all questions on one page, remembered on this device, pass axe', async ({
		page,
		checkA11y
	}) => {
		const q = await openAllTypes(page);
		await page
			.getByRole('checkbox', { name: 'Show all questions on one page' })
			.check({ force: true });
		await expect(q.screenHeading).toHaveText('Engine test questionnaire');
		await expect(q.main).toContainText('0 of 7 questions answered');
		await checkA11y();

		await q.continueButton.click();
		await expect(q.errorSummary).toContainText('Answer this question');
		await expect(q.errorSummary.getByRole('link')).toHaveCount(3);
		await checkA11y();

		const group = (name: string) => q.main.getByRole('group', { name });
		await group('1. Placeholder item 1').getByRole('radio').nth(1).check({ force: true });
		await group('Placeholder item 2').getByRole('radio').nth(0).check({ force: true });
		await group('Placeholder pain 0 to 10').getByRole('radio').nth(9).check({ force: true });
		// Questions shown by an answer appear where they stand.
		await expect(q.main.getByLabel('Placeholder what makes it worse')).toBeVisible();
		await q.main.getByLabel('Placeholder what makes it worse').fill('Cold');
		await q.main.getByLabel('Placeholder tell us more').fill('Mornings');
		await expect(q.main).toContainText('5 of 9 questions answered');
		await checkA11y();

		await page.reload();
		await q.ready();
		await expect(q.screenHeading).toHaveText('Engine test questionnaire');
		await q.continueButton.click();
		await expect(q.screenHeading).toHaveText('Check your answers before you send them');
		await checkA11y();
	});
});

// WCAG 1.4.10 reflow and 1.4.4 resize text: the crisis panel, the review and the result
// at 320 px wide with the largest text setting and the browser's text at 200 %.
test('at 320 px with 200 % text, no state of the filler scrolls sideways', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 720 });
	const q = new QuestionnairePage(page);
	await q.goto('/settings');
	await page.getByRole('radio', { name: 'Larger' }).check();
	const fits = async (state: string) => {
		await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
		const widths = await page.evaluate(() => ({
			content: document.documentElement.scrollWidth,
			window: document.documentElement.clientWidth
		}));
		expect(widths.content, `${state} fits 320 px`).toBeLessThanOrEqual(widths.window);
	};
	await q.open('phq-9');
	for (let index = 0; index < 8; index++) {
		await q.expectQuestion(PHQ9_HEADINGS[index]!);
		await q.field.getByRole('radio').nth(0).check({ force: true });
		await q.continueButton.click();
	}
	await q.field.getByRole('radio').nth(2).check({ force: true });
	await expect(q.safetyPanel).toBeVisible();
	await fits('the item 9 panel');
	await q.continueButton.click();
	await q.field.getByRole('radio').nth(0).check({ force: true });
	await q.continueButton.click();
	await expect(q.sendButton).toBeVisible();
	await fits('the review');
	await q.sendButton.click();
	await expect(q.main).toContainText('Your score is 2: minimal');
	await fits('the result');
});

test.describe('on a device linked to the pain service', () => {
	const server = new AppServer(e2ePort(12));
	test.use({ baseURL: server.url });
	test.beforeAll(() => server.start());
	test.afterAll(() => server.dispose());

	/** The QuestionnaireResponses the service holds, and whether each carries the flag. */
	function responsesOnServer(): Array<{ identifier: string; isFlagged: boolean }> {
		const db = new Database(join(server.dataDir, 'tend.sqlite'), { readonly: true });
		try {
			const rows = db
				.prepare(
					`SELECT identifier_value, body FROM fhir_resource
					 WHERE resource_type = 'QuestionnaireResponse'`
				)
				.all() as Array<{ identifier_value: string; body: string }>;
			return rows.map((row) => ({
				identifier: row.identifier_value,
				isFlagged: row.body.includes('safety-netting')
			}));
		} finally {
			db.close();
		}
	}

	test('a flagged PHQ-9 is sent with its flag, and the result says it was sent', async ({
		page,
		checkA11y
	}) => {
		const patientId = addPatient(server);
		const q = new QuestionnairePage(page);
		await q.goto('/link');
		await linkWithCode(page, adminCli(server, 'issue-code', '--patient', patientId).code ?? '');
		await expect(q.main).toContainText('Sam Jones');

		await q.open('phq-9');
		for (const value of [1, 1, 1, 1, 1, 1, 1, 1, 2, 1]) {
			await q.field.getByRole('radio').nth(value).check({ force: true });
			await q.continueButton.click();
		}
		await q.sendButton.click();
		await expect(q.main).toContainText('Your score is 10: moderate');
		await expect(q.safetyPanel).toBeVisible();
		await expect(q.main.getByText(/^Sent on /)).toBeVisible();
		await checkA11y();
		const [stored] = (await allRecords(page, 'promResponses')) as { id: string }[];
		expect(responsesOnServer()).toEqual([
			{ identifier: `urn:uuid:${stored?.id}`, isFlagged: true }
		]);
	});
});
