import { expect, test } from './fixtures';
import { AppPage, SHELL_PAGES } from './pages/app-page';
import { AppServer } from './support/app-server';
import { e2ePort } from './support/ports';

// A server of our own, so it can really be stopped: the strongest offline test.
const server = new AppServer(e2ePort(1));
test.use({ baseURL: server.url });
test.beforeAll(() => server.start());
test.afterAll(() => server.dispose());

test.describe('installable and offline', () => {
	test('has a web app manifest that makes Tend installable', async ({ page, request }) => {
		const app = new AppPage(page);
		await app.goto('/');
		const href = await page.locator('link[rel="manifest"]').getAttribute('href');
		const manifest = await (await request.get(new URL(href ?? '', page.url()).href)).json();
		expect(manifest).toMatchObject({
			name: expect.stringContaining('Tend'),
			short_name: 'Tend',
			start_url: '/',
			display: 'standalone',
			theme_color: '#005eb8'
		});
		const sizes = manifest.icons.map(
			(icon: { sizes: string; purpose: string }) => `${icon.sizes} ${icon.purpose}`
		);
		expect(sizes).toEqual(
			expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable'])
		);
		for (const icon of manifest.icons) {
			const response = await request.get(new URL(icon.src, page.url()).href);
			expect(response.ok(), icon.src).toBe(true);
		}
	});

	test('with the server stopped, every page of the shell opens and navigates', async ({
		page,
		checkA11y
	}) => {
		const app = new AppPage(page);
		await app.goto('/');
		await app.waitForServiceWorker();
		await server.stop();
		try {
			await page.reload();
			await app.ready();
			await expect(app.heading).toHaveText('Tend');

			// Full page loads, answered by the service worker.
			for (const { path, heading } of SHELL_PAGES) {
				await app.goto(path);
				await expect(app.heading).toHaveText(heading);
			}
			// In-app navigation, and urgent help from the header.
			await app.goto('/');
			await app.urgentHelpLink.click();
			await expect(app.heading).toHaveText('Get urgent help');
			await expect(app.main.getByRole('link', { name: 'Call 999', exact: true })).toBeVisible();
			await checkA11y();

			// A translation never loaded before comes from the precache too.
			await app.goto('/settings');
			await page.getByRole('radio', { name: 'العربية' }).check();
			await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
			await expect(app.heading).not.toHaveText('Settings');
			await app.goto('/urgent-help');
			await expect(app.main.getByRole('link', { name: /999/ }).first()).toBeVisible();

			// A page address the precache does not know opens from the app shell.
			await page.goto('/no-such-page');
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		} finally {
			await server.start();
		}
	});

	test('never answers /fhir or /api from the cache', async ({ page }) => {
		const app = new AppPage(page);
		await app.goto('/');
		await app.waitForServiceWorker();
		expect(await page.evaluate(() => fetch('/fhir/metadata').then((r) => r.status))).toBe(200);
		const cached = await page.evaluate(async () => {
			const urls: string[] = [];
			for (const name of await caches.keys()) {
				for (const request of await (await caches.open(name)).keys())
					urls.push(new URL(request.url).pathname);
			}
			return urls;
		});
		expect(cached.length).toBeGreaterThan(10);
		expect(cached.filter((path) => /^\/(fhir|api|staff|healthz)/.test(path))).toEqual([]);
		await server.stop();
		try {
			const status = await page.evaluate(() =>
				fetch('/fhir/metadata')
					.then((r) => r.status)
					.catch(() => 'network error')
			);
			expect(status).toBe('network error');
		} finally {
			await server.start();
		}
	});
});
