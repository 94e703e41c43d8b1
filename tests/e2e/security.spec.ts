import { expect, test } from './fixtures';

const PAGES = ['/', '/settings', '/urgent-help'];

test.describe('security headers', () => {
	for (const path of [...PAGES, '/fhir/metadata', '/healthz', '/manifest.webmanifest']) {
		test(`${path} sends the security headers`, async ({ request }) => {
			const response = await request.get(path);
			expect(response.ok()).toBe(true);
			const headers = response.headers();
			expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
			expect(headers['x-content-type-options']).toBe('nosniff');
			expect(headers['referrer-policy']).toBe('same-origin');
			expect(headers['permissions-policy']).toContain('camera=()');
			// Served over plain HTTP here: no HSTS.
			expect(headers['strict-transport-security']).toBeUndefined();
		});
	}

	for (const path of PAGES) {
		test(`${path} has a strict Content Security Policy`, async ({ page }) => {
			await page.goto(path);
			const policy = await page
				.locator('meta[http-equiv="content-security-policy"]')
				.getAttribute('content');
			expect(policy).toContain("object-src 'none'");
			expect(policy).toContain("base-uri 'none'");
			const scriptSrc = policy?.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
			expect(scriptSrc).toContain("'self'");
			expect(scriptSrc).not.toContain('unsafe-inline');
			expect(scriptSrc).not.toContain('unsafe-eval');
		});
	}

	test('an inline script injected into a page is refused by the policy', async ({
		page,
		cspViolations
	}) => {
		await page.goto('/');
		const ran = await page.evaluate(async () => {
			const script = document.createElement('script');
			script.textContent = 'window.injected = true';
			document.body.append(script);
			await new Promise((done) => setTimeout(done, 50));
			return (window as unknown as { injected?: boolean }).injected ?? false;
		});
		expect(ran).toBe(false);
		// This test provokes a violation on purpose; the fixture checks every other test has none.
		await expect.poll(() => cspViolations.length).toBeGreaterThan(0);
		cspViolations.length = 0;
	});
});
