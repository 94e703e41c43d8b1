// Times saving a completed questionnaire response with its outbox entries (DESIGN §7:
// p95 ≤ 50 ms) in Chromium's real IndexedDB, with the app's own code: save-entry.ts is
// built with Vite (the app's resolver aliases) into a temporary folder and served on a
// bench-only loopback page.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

/** Builds the bench entry; returns the folder holding save.js. */
async function buildEntry() {
	const outDir = mkdtempSync(join(tmpdir(), 'tend-bench-save-'));
	await build({
		configFile: false,
		logLevel: 'warn',
		resolve: { alias: { $lib: resolve('src/lib'), $content: resolve('src/content') } },
		build: {
			outDir,
			emptyOutDir: true,
			lib: {
				entry: resolve('tests/bench/save-entry.ts'),
				formats: ['es'],
				fileName: () => 'save.js'
			}
		}
	});
	return outDir;
}

/**
 * Times `runs` saves in a new page of `browser`; returns each duration in ms and what was stored.
 * @param {import('@playwright/test').Browser} browser
 * @param {number} port
 * @param {number} runs
 */
export async function timeSaves(browser, port, runs) {
	const outDir = await buildEntry();
	const script = readFileSync(join(outDir, 'save.js'));
	const server = createServer((request, response) => {
		if (request.url === '/save.js') {
			response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
		} else {
			response
				.writeHead(200, { 'content-type': 'text/html' })
				.end(
					'<!doctype html><title>save bench</title><script type="module" src="/save.js"></script>'
				);
		}
	});
	await new Promise((done) => server.listen(port, '127.0.0.1', () => done(undefined)));
	try {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`http://127.0.0.1:${port}/`);
		await page.waitForFunction(() => 'timeSaves' in window);
		/** @type {{ durations: number[]; queued: number; stored: number; outbox: number }} */
		const result = await page.evaluate((n) => /** @type {any} */ (window).timeSaves(n), runs);
		await context.close();
		return result;
	} finally {
		server.close();
		rmSync(outDir, { recursive: true, force: true });
	}
}
