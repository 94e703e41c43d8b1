import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { AppServer } from './support/app-server';
import { e2ePort } from './support/ports';

// A copy of the build that the test "deploys" a new version of.
const root = AppServer.copyOfBuild();
const server = new AppServer(e2ePort(2), root);
test.use({ baseURL: server.url });
test.beforeAll(() => server.start());
test.afterAll(async () => {
	await server.dispose();
	rmSync(root, { recursive: true, force: true });
});

/** Changes the service worker as a new deployment would (with its precompressed copies). */
function deployNewVersion(): void {
	const file = join(root, 'build/client/service-worker.js');
	const worker = Buffer.from(`${readFileSync(file, 'utf8')}\n// next version\n`);
	writeFileSync(file, worker);
	writeFileSync(`${file}.gz`, gzipSync(worker));
	writeFileSync(`${file}.br`, brotliCompressSync(worker));
}

test('a new version waits for the person to choose Reload', async ({ page, checkA11y }) => {
	const app = new AppPage(page);
	await app.goto('/settings');
	await app.waitForServiceWorker();
	await page.evaluate(() => ((window as unknown as { oldPage: boolean }).oldPage = true));

	await server.stop();
	deployNewVersion();
	await server.start();
	await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

	const banner = page.getByRole('region', { name: 'Update' });
	await expect(banner).toContainText('A new version of Tend is available.');
	// Nothing changed under the person while they decide.
	expect(await page.evaluate(() => (window as unknown as { oldPage?: boolean }).oldPage)).toBe(
		true
	);
	await checkA11y();

	await Promise.all([
		page.waitForEvent('load'),
		banner.getByRole('button', { name: 'Reload' }).click()
	]);
	await app.ready();
	expect(
		await page.evaluate(() => (window as unknown as { oldPage?: boolean }).oldPage)
	).toBeUndefined();
	await expect(page.getByRole('region', { name: 'Update' })).toHaveCount(0);
});
