import { expect, test } from './fixtures';
import { AppPage, SHELL_PAGES } from './pages/app-page';
import { readMeta } from './support/app-db';

test.describe('settings', () => {
	test('switching language changes the whole UI without a reload, and persists', async ({
		page
	}) => {
		const app = new AppPage(page);
		await app.goto('/settings');
		await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));

		await page.getByRole('radio', { name: 'Cymraeg' }).check();
		await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
		await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
		await expect(app.heading).not.toHaveText('Settings');
		await expect(app.urgentHelpLink).toHaveCount(0); // its English name is gone…
		expect(
			await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)
		).toBe(true);

		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
		await expect(page.getByRole('radio', { name: 'Cymraeg' })).toBeChecked();
	});

	test('Urdu and Arabic lay the page out right to left, red flags included', async ({
		page,
		checkA11y
	}) => {
		const app = new AppPage(page);
		await app.goto('/settings');
		await page.getByRole('radio', { name: 'اردو' }).check();
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.locator('html')).toHaveAttribute('lang', 'ur');
		await checkA11y();

		await page.getByRole('radio', { name: 'العربية' }).check();
		await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
		await page.goto('/urgent-help');
		await app.ready();
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		// Text starts at the right-hand edge in a right-to-left layout.
		const align = await app.heading.evaluate((h) => getComputedStyle(h).direction);
		expect(align).toBe('rtl');
		await expect(app.main.getByRole('link', { name: /999/ }).first()).toHaveAttribute(
			'href',
			'tel:999'
		);
		await checkA11y();
	});

	test('every page passes axe in Arabic (right to left)', async ({ page, checkA11y }) => {
		const app = new AppPage(page);
		await app.goto('/settings');
		await page.getByRole('radio', { name: 'العربية' }).check();
		for (const { path } of SHELL_PAGES) {
			await app.goto(path);
			await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
			await checkA11y();
		}
	});

	test('text size, high contrast and reduced motion apply at once and persist', async ({
		page,
		checkA11y
	}) => {
		const app = new AppPage(page);
		await app.goto('/settings');
		const html = page.locator('html');
		const rootSize = () => html.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
		const standard = await rootSize();

		await page.getByRole('radio', { name: 'Larger' }).check();
		await expect(html).toHaveAttribute('data-text-size', 'larger');
		await expect.poll(rootSize).toBeGreaterThanOrEqual(standard * 1.4);

		await page.getByRole('radio', { name: 'High contrast' }).check();
		await expect(html).toHaveAttribute('data-contrast', 'high');
		await page.getByRole('checkbox', { name: 'Reduce movement and animation' }).check();
		await expect(html).toHaveAttribute('data-motion', 'reduce');
		await checkA11y();

		await page.reload();
		await app.ready();
		await expect(html).toHaveAttribute('data-text-size', 'larger');
		await expect(html).toHaveAttribute('data-contrast', 'high');
		await expect(html).toHaveAttribute('data-motion', 'reduce');
		await expect(page.getByRole('radio', { name: 'Larger' })).toBeChecked();
	});

	test('read aloud speaks the page in its language', async ({ page }) => {
		// Headless Chromium has no speech engine: record what the app asks it to say.
		await page.addInitScript(() => {
			const spoken: Array<{ text: string; lang: string }> = [];
			(window as unknown as { spoken: typeof spoken }).spoken = spoken;
			Object.defineProperty(window, 'speechSynthesis', {
				value: {
					speak: (u: SpeechSynthesisUtterance) => spoken.push({ text: u.text, lang: u.lang }),
					cancel: () => {},
					getVoices: () => []
				}
			});
		});
		const app = new AppPage(page);
		await app.goto('/settings');
		await page.getByRole('checkbox', { name: 'Show a button to read each page aloud' }).check();
		await app.goto('/urgent-help');
		await page.getByRole('button', { name: 'Read this page aloud' }).click();
		await expect(page.getByRole('button', { name: 'Stop reading' })).toBeVisible();
		const spoken = await page.evaluate(
			() => (window as unknown as { spoken: Array<{ text: string; lang: string }> }).spoken
		);
		expect(spoken.map((s) => s.text).join(' ')).toContain('Call 999 or go to A&E now');
		expect(new Set(spoken.map((s) => s.lang))).toEqual(new Set(['en-GB']));
	});

	test('installing the app asks the browser to keep its data, once', async ({ page }) => {
		const app = new AppPage(page);
		await app.goto('/');
		await page.evaluate(() => window.dispatchEvent(new Event('appinstalled')));
		await expect
			.poll(() => readMeta(page, 'storage.persistence'))
			.toMatchObject({ outcome: expect.stringMatching(/^(granted|denied)$/) });
	});

	test('shows storage status in words', async ({ page, checkA11y }) => {
		const app = new AppPage(page);
		await app.goto('/settings');
		await expect(page.getByText('Kept safe by your browser')).toBeVisible();
		await expect(page.getByText(/Tend is using .* of space/)).toBeVisible();
		await expect(page.getByTestId('persistence-explanation')).not.toBeEmpty();
		await checkA11y();
	});

	test('delete all my data asks first, then wipes the database, caches and settings', async ({
		page,
		checkA11y
	}) => {
		const app = new AppPage(page);
		await app.goto('/settings');
		await page.getByRole('radio', { name: 'Polski' }).check();
		await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
		// Something of the person's in every store the wipe must reach.
		await page.evaluate(async () => {
			await (await caches.open('tend-test-data')).put('/some-data', new Response('private'));
			sessionStorage.setItem('draft', 'x');
		});
		await expect
			.poll(() => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name)))
			.toContain('tend');

		await page.getByRole('radio', { name: 'English (UK)' }).check();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
		await page.getByRole('radio', { name: 'Larger' }).check();
		await expect(page.locator('html')).toHaveAttribute('data-text-size', 'larger');
		await page.getByRole('button', { name: 'Delete all my data from this device' }).click();
		await expect(page.getByRole('heading', { name: 'Are you sure?' })).toBeVisible();
		await checkA11y();
		await page.getByRole('button', { name: 'No, keep my data' }).click();
		await expect(page.getByRole('heading', { name: 'Are you sure?' })).toHaveCount(0);

		await page.getByRole('button', { name: 'Delete all my data from this device' }).click();
		await page.getByRole('button', { name: 'Yes, delete everything' }).click();
		await expect(page.getByRole('heading', { name: 'Your data has been deleted' })).toBeVisible();
		await checkA11y();

		const left = await page.evaluate(async () => ({
			databases: (await indexedDB.databases()).map((d) => d.name),
			caches: await caches.keys(),
			local: localStorage.length,
			session: sessionStorage.length
		}));
		expect(left.databases).not.toContain('tend');
		expect(left.caches.filter((name) => !name.startsWith('workbox-precache'))).toEqual([]);
		expect(left.local).toBe(0);
		expect(left.session).toBe(0);
		// The settings on screen are back to their defaults too.
		await expect(page.locator('html')).toHaveAttribute('data-text-size', 'standard');
		await expect(page.getByRole('radio', { name: 'Standard', exact: true })).toBeChecked();
	});
});
