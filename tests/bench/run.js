// `npm run bench`: builds Tend, then measures the budgets of DESIGN §7 that the app shell
// owns and prints them as a table. It reports; it does not fail on a budget.
import { chromium } from '@playwright/test';
import { execSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/support/chromium.js';

const PORT = 4280;
const ORIGIN = `http://localhost:${PORT}`;
const RELOADS = 7;

if (!process.argv.includes('--no-build')) execSync('npm run build', { stdio: 'inherit' });

const precache = JSON.parse(readFileSync('build/precache-report.json', 'utf8'));
const dataDir = mkdtempSync(join(tmpdir(), 'tend-bench-'));
let server = startServer();

/**
 * gzip size of a built client file, as the server sends it.
 * @param {string} pathname
 */
function gzipSize(pathname) {
	const file = join('build/client', pathname);
	if (existsSync(`${file}.gz`)) return readFileSync(`${file}.gz`).length;
	return gzipSync(readFileSync(file), { level: 9 }).length;
}

function startServer() {
	return spawn(process.execPath, ['server.js'], {
		env: { ...process.env, PORT: String(PORT), DATA_DIR: dataDir, ORIGIN },
		stdio: 'ignore'
	});
}

async function waitForServer() {
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(`${ORIGIN}/healthz`)).ok) return;
		} catch {
			/* not yet */
		}
		await new Promise((done) => setTimeout(done, 100));
	}
	throw new Error('server did not start');
}

/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
/** @param {number} bytes */
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

process.on('exit', () => server.kill('SIGTERM'));
await waitForServer();
const browser = await chromium.launch({
	executablePath: CHROMIUM_PATH,
	args: CHROMIUM_ARGS
});
const context = await browser.newContext();
const page = await context.newPage();

// First load of the home page: every JavaScript file the page requests before it has
// rendered and hydrated (the app marks that moment), and separately what it loads after,
// once idle (the database engine, the service worker's registration).
await page.goto(ORIGIN, { waitUntil: 'networkidle' });
const requested = await page.evaluate(() => {
	const hydrated = performance.getEntriesByName('tend:hydrated')[0]?.startTime ?? Infinity;
	return performance
		.getEntriesByType('resource')
		.filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
		.map((entry) => ({
			pathname: new URL(entry.name).pathname,
			isFirstLoad: entry.startTime < hydrated
		}));
});
const firstLoad = requested.filter((script) => script.isFirstLoad).map((script) => script.pathname);
const deferred = requested.filter((script) => !script.isFirstLoad).map((script) => script.pathname);
/** @param {string[]} files */
const totalGzip = (files) => files.reduce((sum, pathname) => sum + gzipSize(pathname), 0);
const firstLoadGzip = totalGzip(firstLoad);
const deferredGzip = totalGzip(deferred);

// Offline reload: the service worker controls the page, the server is stopped.
await page.evaluate(() => navigator.serviceWorker.ready);
await page.reload({ waitUntil: 'networkidle' });
server.kill('SIGTERM');
await new Promise((done) => server.once('exit', done));
/** @type {number[]} */
const reloadTimes = [];
for (let i = 0; i < RELOADS; i++) {
	const started = performance.now();
	await page.reload();
	await page.locator('main h1').first().waitFor({ state: 'visible' });
	reloadTimes.push(performance.now() - started);
}
await browser.close();
rmSync(dataDir, { recursive: true, force: true });

/** @type {Array<[string, string, string, boolean]>} */
const rows = [
	[
		'First-load JavaScript, home page (gzip)',
		`${kB(firstLoadGzip)} in ${firstLoad.length} files`,
		'≤ 90 kB',
		firstLoadGzip <= 90 * 1024
	],
	[
		'  then loaded once idle (database, worker registration)',
		`${kB(deferredGzip)} in ${deferred.length} files`,
		'—',
		true
	],
	['  all JavaScript the home page requests', kB(firstLoadGzip + deferredGzip), '—', true],
	['Precache', `${precache.count} files, ${kB(precache.bytes)}`, '—', true],
	[
		'Workbox warnings',
		precache.warnings.length ? precache.warnings.join('; ') : 'none',
		'none',
		precache.warnings.length === 0
	],
	[
		`Offline reload of home, server stopped (median of ${RELOADS})`,
		`${median(reloadTimes).toFixed(0)} ms (max ${Math.max(...reloadTimes).toFixed(0)} ms)`,
		'≤ 1,000 ms',
		median(reloadTimes) <= 1000
	]
];
const widths = [0, 1, 2].map((column) =>
	Math.max(...rows.map((row) => String(row[column]).length), 8)
);
/** @param {Array<string | boolean>} cells */
const line = (cells) =>
	`| ${cells.map((cell, /** @type {number} */ i) => String(cell).padEnd(widths[i] ?? 4)).join(' | ')} |`;
console.log('\n' + line(['What', 'Measured', 'Budget', 'OK']));
console.log(line(widths.map((w) => '-'.repeat(w)).concat('--')));
for (const [what, measured, budget, ok] of rows)
	console.log(line([what, measured, budget, ok ? 'yes' : 'NO']));

console.log('\nLargest JavaScript files the home page requests (gzip):');
const largest = [...firstLoad, ...deferred]
	.map((pathname) => [pathname, gzipSize(pathname)])
	.sort((a, b) => Number(b[1]) - Number(a[1]));
for (const [pathname, size] of largest.slice(0, process.argv.includes('--all-files') ? 99 : 8))
	console.log(`  ${kB(Number(size)).padStart(9)}  ${pathname}`);
