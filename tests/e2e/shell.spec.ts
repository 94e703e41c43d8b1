import { expect, test } from './fixtures';
import { AppPage, SHELL_PAGES } from './pages/app-page';
import { waitForAppDatabase, writeMeta } from './support/app-db';

test.describe('app shell', () => {
	for (const { path, heading } of SHELL_PAGES) {
		test(`${path} shows its page, the navigation and urgent help, and passes axe`, async ({
			page,
			checkA11y
		}) => {
			const app = new AppPage(page);
			await app.goto(path);
			await expect(app.heading).toHaveText(heading);
			await expect(app.urgentHelpLink).toBeVisible();
			await expect(page).toHaveTitle(/Tend/);
			await checkA11y();
		});
	}

	test('urgent help is reached by keyboard from every page within a few key presses', async ({
		page
	}) => {
		const app = new AppPage(page);
		for (const { path } of SHELL_PAGES) {
			await app.goto(path);
			await page.locator('body').focus();
			let reached = false;
			for (let presses = 0; presses < 4 && !reached; presses++) {
				await page.keyboard.press('Tab');
				reached = await app.urgentHelpLink.evaluate((link) => link === document.activeElement);
			}
			expect(reached, `urgent help link within 4 tabs on ${path}`).toBe(true);
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL(/\/urgent-help$/);
			await expect(app.heading).toHaveText('Get urgent help');
		}
	});

	test('urgent help lists the 999, 111 and crisis contacts as working links', async ({ page }) => {
		const app = new AppPage(page);
		await app.goto('/urgent-help');
		await expect(app.main.getByRole('link', { name: 'Call 999', exact: true })).toHaveAttribute(
			'href',
			'tel:999'
		);
		await expect(app.main.getByRole('link', { name: 'Call 111', exact: true })).toHaveAttribute(
			'href',
			'tel:111'
		);
		await expect(app.main.getByRole('link', { name: /Samaritans/ })).toHaveAttribute(
			'href',
			'tel:116123'
		);
		await expect(app.main.getByRole('link', { name: /SHOUT/ })).toHaveAttribute(
			'href',
			/^sms:85258/
		);
		await expect(app.main.getByText('chest pain', { exact: true })).toBeVisible();
	});

	test('the flare-up page shows red flags before anything else', async ({ page }) => {
		const app = new AppPage(page);
		await app.goto('/flare-up');
		// The flow opens on the 999 / A&E red flags, each a yes/no question, with 999 at hand.
		const first = app.main.locator('[data-level]').first();
		await expect(first).toHaveAttribute('data-level', 'emergency');
		await expect(first.getByRole('group').first()).toContainText(
			'Pain, tingling, weakness or numbness in both legs'
		);
		await expect(first.getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
	});

	test('the skip link moves focus to the main content', async ({ page }) => {
		const app = new AppPage(page);
		await app.goto('/settings');
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'Skip to main content' });
		await expect(skip).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.locator('main#maincontent')).toBeFocused();
	});

	test('the home page links to every section', async ({ page }) => {
		const app = new AppPage(page);
		await app.goto('/');
		for (const { path, heading } of SHELL_PAGES.filter(
			(p) => p.path !== '/' && p.path !== '/urgent-help'
		)) {
			await app.main.getByRole('link', { name: heading, exact: true }).first().click();
			await expect(page).toHaveURL(new RegExp(`${path}$`));
			await expect(app.heading).toHaveText(heading);
			await page.goBack();
			await app.ready();
		}
	});

	test('an unknown page says so in words and passes axe', async ({ page, checkA11y }) => {
		const response = await page.goto('/no-such-page');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
		await checkA11y();
	});

	test('the footer shows the pain service contact details once known', async ({
		page,
		checkA11y
	}) => {
		const app = new AppPage(page);
		await app.goto('/');
		await expect(page.getByRole('contentinfo')).not.toContainText('Your pain service');
		// Enrolment stores this record; here the test writes it directly.
		await writeMeta(page, 'service.contact', {
			name: 'Community Pain Service',
			phone: '01632 960 001',
			hours: 'Monday to Friday, 8am to 6:30pm'
		});
		await page.reload();
		await app.ready();
		const footer = page.getByRole('contentinfo');
		await expect(footer).toContainText('Community Pain Service');
		// Values sit inside Unicode isolation marks, so they keep their direction in RTL text.
		await expect(
			footer.getByRole('link', { name: /^Phone: \u2068?01632 960 001\u2069?$/ })
		).toHaveAttribute('href', 'tel:01632960001');
		await expect(footer).toContainText(/Open: \u2068?Monday to Friday, 8am to 6:30pm/);
		await checkA11y();
	});

	test('says so in words when another tab upgrades the database', async ({
		page,
		context,
		checkA11y
	}) => {
		const app = new AppPage(page);
		await app.goto('/');
		await waitForAppDatabase(page);
		const other = await context.newPage();
		await other.goto('/settings');
		// A newer version of the app, in the other tab, opens the database at a higher version.
		await other.evaluate(
			() =>
				new Promise<void>((done) => {
					const open = indexedDB.open('tend', 10_000);
					open.onsuccess = () => (open.result.close(), done());
				})
		);
		const notice = page.getByTestId('database-notice');
		await expect(notice).toContainText('Tend was updated in another tab. Reload this page.');
		await checkA11y();
		await other.close();
	});
});

// WCAG 1.4.10 reflow and 1.4.4 resize text (hazard H-012): at 320 px wide with the largest
// text setting and the browser's text at 200 %, no page scrolls sideways.
test.describe('small screens and large text', () => {
	const PAGES = [
		'/',
		'/plan',
		'/plan/edit',
		'/flare-up',
		'/flare-up/log',
		'/flare-up/log/edit',
		'/urgent-help',
		'/settings',
		'/link',
		'/questionnaires/fill?q=phq-9',
		'/questionnaires/fill?q=phq-9&at=review',
		'/questionnaires/result'
	];

	test('no page scrolls sideways at 320 px with 200 % text', async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 720 });
		const app = new AppPage(page);
		await app.goto('/settings');
		await page.getByRole('radio', { name: 'Larger' }).check();
		for (const path of PAGES) {
			await app.goto(path);
			await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
			const widths = await page.evaluate(() => ({
				content: document.documentElement.scrollWidth,
				window: document.documentElement.clientWidth
			}));
			expect(widths.content, `${path} fits 320 px`).toBeLessThanOrEqual(widths.window);
		}
	});
});
