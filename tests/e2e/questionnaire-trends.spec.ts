import type { Response } from '@playwright/test';
import { expect, test } from './fixtures';
import { TrendsPage } from './pages/questionnaire-trends';
import { AppServer } from './support/app-server';
import { e2ePort } from './support/ports';
import { completedPhq9 } from './support/prom-responses';

// A questionnaire's results over time, on the real built app with the server stopped: the
// empty state, one result and many (with one that could not be scored, a gap), each with
// its sentence, chart and table; chart.js is loaded by this page and never by the home page.
const server = new AppServer(e2ePort(15));
test.use({ baseURL: server.url, timezoneId: 'Europe/London' });
test.describe.configure({ mode: 'serial', timeout: 90_000 });
test.beforeAll(() => server.start());
test.afterAll(() => server.dispose());

/** The id of the trend chart's plugin: in the chunk that holds chart.js, and only there. */
const CHART_MARKER = 'tendBandShading';

const MARCH = completedPhq9('7d1c7a50-0000-4000-8000-000000000001', '2026-03-02T09:00:00.000Z', 12);
const LATE_MARCH = completedPhq9(
	'7d1c7a50-0000-4000-8000-000000000002',
	'2026-03-30T18:00:00.000Z',
	9
);
const APRIL = completedPhq9(
	'7d1c7a50-0000-4000-8000-000000000003',
	'2026-04-27T08:00:00.000Z',
	null
);
const JUNE = completedPhq9('7d1c7a50-0000-4000-8000-000000000004', '2026-06-01T12:00:00.000Z', 6);

/** Collects the JavaScript the page receives, with whether each holds chart.js. */
function watchScripts(page: import('@playwright/test').Page): Promise<boolean>[] {
	const found: Promise<boolean>[] = [];
	page.on('response', (response: Response) => {
		if (!new URL(response.url()).pathname.endsWith('.js')) return;
		found.push(
			response
				.text()
				.then((body) => body.includes(CHART_MARKER))
				.catch(() => false)
		);
	});
	return found;
}

test('chart.js is loaded on the trends page and never on the home page', async ({ page }) => {
	const scripts = watchScripts(page);
	const trends = new TrendsPage(page);
	await trends.goto('/');
	await page.waitForLoadState('networkidle');
	// The database and the worker load once idle: wait for them too.
	await expect.poll(() => page.evaluate(async () => (await indexedDB.databases()).length)).toBe(1);
	expect(scripts.length).toBeGreaterThan(0);
	expect(await Promise.all(scripts)).not.toContain(true);

	await trends.open('phq-9');
	await trends.store(MARCH);
	await trends.open('phq-9');
	await expect(trends.chart(trends.section(/Low mood score/))).toBeVisible();
	await expect.poll(async () => (await Promise.all(scripts)).includes(true)).toBe(true);
});

test('shows no results, one result and many, offline, with a sentence, a chart and a table', async ({
	page,
	checkA11y
}) => {
	const trends = new TrendsPage(page);
	await trends.goto('/');
	await trends.waitForServiceWorker();
	await server.stop();
	try {
		// Empty: the previous test's result is in another browser context, not here.
		await trends.open('phq-9');
		await expect(trends.heading).toContainText('Results over time');
		await expect(trends.heading).toContainText('Patient Health Questionnaire (PHQ-9)');
		await expect(trends.main).toContainText('You have not filled in this questionnaire yet.');
		await expect(trends.main.getByRole('button', { name: 'Fill it in now' })).toHaveAttribute(
			'href',
			'/questionnaires/fill?q=phq-9'
		);
		await expect(trends.main.getByRole('img')).toHaveCount(0);
		await checkA11y();

		// One result.
		await trends.store(MARCH);
		await trends.open('phq-9');
		const section = trends.section('Low mood score (PHQ-9)');
		const one = 'Your score on 2 March 2026 was 12 out of 27 (moderate).';
		await expect(trends.summary(section)).toHaveText(one);
		await expect(trends.chart(section)).toHaveAccessibleName(one);
		expect(await trends.rows(section)).toEqual([
			['2 March 2026', '12 out of 27', 'moderate', 'Kept on this device']
		]);
		await expect(section.getByRole('list', { name: /shading/ }).getByRole('listitem')).toHaveText([
			'0 to 4: minimal',
			'5 to 9: mild',
			'10 to 14: moderate',
			'15 to 19: moderately severe',
			'20 to 27: severe'
		]);
		await checkA11y();

		// Many, one of which could not be scored: a gap, never a zero.
		await trends.store(LATE_MARCH, APRIL, JUNE);
		await trends.open('phq-9');
		const many =
			'Your score went from 12 out of 27 (moderate) on 2 March 2026 to 6 out of 27 (mild) ' +
			'on 1 June 2026, which is better, by enough to be a real change.';
		await expect(trends.summary(section)).toHaveText(many);
		await expect(trends.chart(section)).toHaveAccessibleName(many);
		expect(await trends.rows(section)).toEqual([
			['1 June 2026', '6 out of 27', 'mild', 'Kept on this device'],
			['27 April 2026', 'Could not be scored', '', 'Kept on this device'],
			['30 March 2026', '9 out of 27', 'mild', 'Kept on this device'],
			['2 March 2026', '12 out of 27', 'moderate', 'Kept on this device']
		]);
		// chart.js drew on the canvas (offline, from the service worker's cache).
		await expect
			.poll(() =>
				trends
					.chart(section)
					.evaluate((canvas: HTMLCanvasElement) => canvas.width > 0 && canvas.toDataURL().length)
			)
			.toBeGreaterThan(5000);
		await expect(
			trends.main.getByRole('button', { name: 'Fill in this questionnaire again' })
		).toBeVisible();
		await checkA11y();

		// An unknown questionnaire.
		await trends.open('no-such-thing');
		await expect(trends.main).toContainText('We could not find this questionnaire');
		await checkA11y();
	} finally {
		await server.start();
	}
});

for (const { name, width, textSize } of [
	{ name: '320 px wide', width: 320, textSize: '100%' },
	{ name: '320 px wide with 200 % text', width: 320, textSize: '200%' }
]) {
	test(`nothing scrolls sideways at ${name}`, async ({ page, checkA11y }) => {
		await page.setViewportSize({ width, height: 800 });
		const trends = new TrendsPage(page);
		await trends.open('phq-9');
		await trends.store(MARCH, LATE_MARCH, APRIL, JUNE);
		await trends.open('phq-9');
		await page.evaluate((size) => (document.documentElement.style.fontSize = size), textSize);
		const section = trends.section('Low mood score (PHQ-9)');
		await expect(trends.chart(section)).toBeVisible();
		expect(await trends.fitsWidth()).toBe(true);
		const canvasWidth = await trends
			.chart(section)
			.evaluate((c) => c.getBoundingClientRect().width);
		expect(canvasWidth).toBeLessThanOrEqual(width);
		await checkA11y();
	});
}

test('in Arabic the page reads right to left and time still runs left to right', async ({
	page,
	checkA11y
}) => {
	const trends = new TrendsPage(page);
	await trends.goto('/settings');
	await page.getByRole('radio', { name: 'العربية' }).check();
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await trends.open('phq-9');
	await trends.store(MARCH, JUNE);
	await trends.open('phq-9');
	const chart = trends.main.getByRole('img');
	await expect(chart).toBeVisible();
	const legend = trends.main.getByRole('list').last();
	expect(await legend.evaluate((list) => getComputedStyle(list).direction)).toBe('rtl');
	await checkA11y();
});
