// `npm run bench:questionnaire` (and the end of `npm run bench`): renders the same PHQ-9
// FHIR Questionnaire with Tend's engine (the built app's filler page) and with LHC-Forms
// (lforms, on a bench-only page) in the same Chromium, and times saving a response with
// its outbox entries. Prints a table; it reports and does not fail on a goal.
//
// Each run is a new browser context (cold cache, no service worker), Tend and LHC-Forms
// taking turns, both servers sending compressed files. Time to interactive is measured
// twice: as the machine is (loopback, no latency), and as on a phone on mobile data —
// Lighthouse's "Slow 4G" mobile profile (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up,
// 4× slower CPU) applied the way Lighthouse applies it through DevTools (each request's
// latency 3.75 × 150 ms, throughput × 0.9), where every round trip before the first
// question counts. Interactive: the first answer of question 1 is visible and enabled (for
// Tend also after the app's `tend:hydrated` mark), timed in the page from the start of
// navigation; then a click on it must be reflected (the radio checked; in LHC-Forms the
// answer list opens and the answer chosen shows). Bytes: every JavaScript response the
// page loaded by the time the network is idle, each gzipped (level 9) and added up; the
// bodies are read after that, so reading them does not slow the load being timed.
//
// Flags: --build builds first even when build/ exists (it is built when missing).
import { chromium } from '@playwright/test';
import { execSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/support/chromium.js';
import { ensureLforms, serveLformsPage } from './lforms-page.js';
import { timeSaves } from './save-timing.js';

const TEND_PORT = 4282;
const LFORMS_PORT = 4283;
const SAVE_PORT = 4284;
const RUNS = 7;
const PHONE_RUNS = 3;
/** Lighthouse's mobile profile as DevTools applies it (its constants.js, throttling). */
const PHONE = {
	network: {
		offline: false,
		latency: 150 * 3.75,
		downloadThroughput: ((1.6 * 1024 * 1024) / 8) * 0.9,
		uploadThroughput: ((750 * 1024) / 8) * 0.9
	},
	cpuSlowdown: 4
};
const SAVES = 200;
const QUESTIONNAIRE = 'src/content/questionnaires/phq-9.json';
const FILLER = '/questionnaires/fill?q=phq-9';

if (process.argv.includes('--build') || !existsSync('build/handler.js')) {
	execSync('npm run build', { stdio: 'inherit' });
}
const lformsVersion = ensureLforms();
// Until the filler page is built, a page with radios stands in (and the table says so).
const hasFiller = existsSync('build/prerendered/questionnaires/fill.html');
const tendPath = hasFiller ? FILLER : '/settings';

const dataDir = mkdtempSync(join(tmpdir(), 'tend-bench-q-'));
const tendOrigin = `http://127.0.0.1:${TEND_PORT}`;
const server = spawn(process.execPath, ['server.js'], {
	env: {
		...process.env,
		PORT: String(TEND_PORT),
		HOST: '127.0.0.1',
		DATA_DIR: dataDir,
		ORIGIN: tendOrigin
	},
	stdio: 'ignore'
});
process.on('exit', () => {
	server.kill('SIGTERM');
	rmSync(dataDir, { recursive: true, force: true });
});
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));
/** @param {string} what */
const progress = (what) => process.stderr.write(`questionnaire bench: ${what}\n`);
for (let i = 0; ; i++) {
	try {
		if ((await fetch(`${tendOrigin}/healthz`, { signal: AbortSignal.timeout(2000) })).ok) break;
	} catch {
		/* not yet */
	}
	if (i > 100) throw new Error('the app did not start');
	await new Promise((done) => setTimeout(done, 100));
}
const stopLforms = await serveLformsPage(LFORMS_PORT, QUESTIONNAIRE);
progress(`serving Tend ${tendPath} and LHC-Forms ${lformsVersion}`);

/**
 * @typedef {{ url: string; isInteractive: () => number | false;
 *   answer: (page: import('@playwright/test').Page) => Promise<void> }} Side
 */

/** @type {Side} */
const tend = {
	url: `${tendOrigin}${tendPath}`,
	isInteractive: () => {
		if (performance.getEntriesByName('tend:hydrated').length === 0) return false;
		const radio = document.querySelector('main input[type="radio"]');
		if (!(radio instanceof HTMLInputElement) || radio.disabled) return false;
		const box = radio.getBoundingClientRect();
		return box.width > 0 && box.height > 0 ? performance.now() : false;
	},
	answer: async (page) => {
		// check() fails unless the radio ends up checked.
		await page.locator('main input[type="radio"]').first().check();
	}
};

/** @type {Side} */
const lforms = {
	url: `http://127.0.0.1:${LFORMS_PORT}/`,
	isInteractive: () => {
		const input = document.querySelector('#form input');
		if (!(input instanceof HTMLInputElement) || input.disabled) return false;
		const box = input.getBoundingClientRect();
		return box.width > 0 && box.height > 0 ? performance.now() : false;
	},
	answer: async (page) => {
		// PHQ-9's answers are a list (LHC-Forms' default for answerOption): open it, choose.
		await page.locator('#form input').first().click();
		await page.locator('li').filter({ hasText: 'Not at all' }).first().click();
		const value = await page.locator('#form input').first().inputValue();
		if (!value.includes('Not at all')) throw new Error(`LHC-Forms did not take the answer`);
	}
};

/**
 * One cold load: time to interactive (ms) and the JavaScript loaded (gzip bytes, files).
 * @param {import('@playwright/test').Browser} browser
 * @param {Side} side
 * @param {boolean} [onPhone] with the mobile profile's network and CPU
 */
async function measure(browser, side, onPhone = false) {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	if (onPhone) {
		const devtools = await context.newCDPSession(page);
		await devtools.send('Network.enable');
		await devtools.send('Network.emulateNetworkConditions', PHONE.network);
		await devtools.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
	}
	// Bodies are read once the page is idle: reading them while it loads would slow it down.
	/** @type {import('@playwright/test').Response[]} */
	const scripts = [];
	page.on('response', (response) => {
		if (response.request().resourceType() === 'script') scripts.push(response);
	});
	await page.goto(side.url, { waitUntil: 'commit', timeout: 120_000 });
	const handle = await page.waitForFunction(side.isInteractive, null, {
		polling: 'raf',
		timeout: 120_000
	});
	const interactive = Number(await handle.jsonValue());
	await side.answer(page);
	await page.waitForLoadState('networkidle');
	const sizes = await Promise.all(
		scripts.map((response) =>
			response
				.body()
				.then((body) => gzipSync(body, { level: 9 }).length)
				.catch(() => 0)
		)
	);
	await context.close();
	return { interactive, bytes: sizes.reduce((a, b) => a + b, 0), files: sizes.length };
}

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
/** @type {Record<'tend' | 'lforms', Array<Awaited<ReturnType<typeof measure>>>>} */
const runs = { tend: [], lforms: [] };
await measure(browser, tend); // warm-up of the servers and the disk cache, not counted
await measure(browser, lforms);
/** @type {Record<'tend' | 'lforms', Array<Awaited<ReturnType<typeof measure>>>>} */
const phoneRuns = { tend: [], lforms: [] };
for (const [count, into, onPhone] of /** @type {const} */ ([
	[RUNS, runs, false],
	[PHONE_RUNS, phoneRuns, true]
])) {
	for (let i = 0; i < count; i++) {
		progress(`run ${i + 1} of ${count}${onPhone ? ' on the mobile profile' : ''}`);
		// Taking turns, starting with each side in turn, so neither always goes first.
		/** @type {Array<'tend' | 'lforms'>} */
		const order = i % 2 === 0 ? ['tend', 'lforms'] : ['lforms', 'tend'];
		for (const name of order)
			into[name].push(await measure(browser, name === 'tend' ? tend : lforms, onPhone));
	}
}
progress(`timing ${SAVES} saves`);
const saves = await timeSaves(browser, SAVE_PORT, SAVES);
await browser.close();
await stopLforms();
// The app's server is a child process: this one cannot end before it does.
server.kill('SIGTERM');

/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
/** @param {number[]} values @param {number} p */
const percentile = (values, p) =>
	[...values].sort((a, b) => a - b)[
		Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)
	] ?? NaN;
/** @param {number} bytes */
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
/** @param {number} ratio */
const fraction = (ratio) => `${ratio.toFixed(3)} (1/${(1 / ratio).toFixed(1)})`;

const bytes = {
	tend: median(runs.tend.map((run) => run.bytes)),
	lforms: median(runs.lforms.map((run) => run.bytes))
};
const files = {
	tend: median(runs.tend.map((r) => r.files)),
	lforms: median(runs.lforms.map((r) => r.files))
};
const tti = {
	tend: median(runs.tend.map((run) => run.interactive)),
	lforms: median(runs.lforms.map((run) => run.interactive))
};
const phoneTti = {
	tend: median(phoneRuns.tend.map((run) => run.interactive)),
	lforms: median(phoneRuns.lforms.map((run) => run.interactive))
};
const p50 = percentile(saves.durations, 50);
const p95 = percentile(saves.durations, 95);

/** @type {Array<[string, string, string, string, string, boolean]>} */
const rows = [
	[
		'JavaScript loaded (gzip)',
		`${kB(bytes.tend)} in ${files.tend} files`,
		`${kB(bytes.lforms)} in ${files.lforms} files`,
		fraction(bytes.tend / bytes.lforms),
		'≤ 1/5',
		bytes.tend / bytes.lforms <= 1 / 5
	],
	[
		`Time to interactive (median of ${RUNS})`,
		`${tti.tend.toFixed(0)} ms`,
		`${tti.lforms.toFixed(0)} ms`,
		fraction(tti.tend / tti.lforms),
		'≤ 1/3',
		tti.tend / tti.lforms <= 1 / 3
	],
	[
		`Time to interactive, mobile profile (median of ${PHONE_RUNS})`,
		`${phoneTti.tend.toFixed(0)} ms`,
		`${phoneTti.lforms.toFixed(0)} ms`,
		fraction(phoneTti.tend / phoneTti.lforms),
		'≤ 1/3',
		phoneTti.tend / phoneTti.lforms <= 1 / 3
	],
	[
		`Save a response + outbox (${SAVES} saves)`,
		`p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`,
		'—',
		'—',
		'p95 ≤ 50 ms',
		p95 <= 50
	]
];
const header = ['What', 'Tend', `LHC-Forms ${lformsVersion}`, 'Tend ÷ LHC-Forms', 'Goal', 'OK'];
const widths = header.map((title, column) =>
	Math.max(title.length, ...rows.map((row) => String(row[column]).length))
);
/** @param {Array<string | boolean>} cells */
const line = (cells) =>
	`| ${cells.map((cell, /** @type {number} */ i) => String(cell).padEnd(widths[i] ?? 4)).join(' | ')} |`;
console.log(`\nPHQ-9 rendered by Tend (${tendPath}) and by LHC-Forms, same Chromium, cold cache:`);
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const [what, a, b, ratio, goal, ok] of rows)
	console.log(line([what, a, b, ratio, goal, ok ? 'yes' : 'NO']));
/** @param {Array<{ interactive: number }>} list */
const each = (list) => list.map((run) => run.interactive.toFixed(0)).join(', ');
console.log(
	`\nEach run (ms to interactive): Tend ${each(runs.tend)}; LHC-Forms ${each(runs.lforms)}.` +
		`\nOn the mobile profile: Tend ${each(phoneRuns.tend)}; LHC-Forms ${each(phoneRuns.lforms)}.`
);
console.log(
	`Saves: ${saves.stored} responses stored, ${saves.queued} queued, ${saves.outbox} outbox entries ` +
		`(the response and its score Observation each).`
);
if (!hasFiller) {
	console.log(
		`\nNOTE: the filler page (${FILLER}) is not in this build; ${tendPath} (a page with radios) stood in for Tend.`
	);
}
