// The LHC-Forms side of the questionnaire benchmark: installs lforms on demand into a
// git-ignored folder (its Angular peer dependencies keep it out of Tend's package.json)
// and serves a bench-only page that renders a FHIR Questionnaire with it. Never part of
// the app: only `node tests/bench/questionnaire.js` starts this server, on loopback.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const FOLDER = resolve('tests/bench/.lforms');
const VERSION = '40';
export const LFORMS_DIST = join(FOLDER, 'node_modules/lforms/dist/lforms');

/** Installs lforms into tests/bench/.lforms once (about half a minute); returns its version. */
export function ensureLforms() {
	if (!existsSync(join(LFORMS_DIST, 'webcomponent/main.js'))) {
		console.log(`Installing lforms@${VERSION} into ${FOLDER} (once)…`);
		mkdirSync(FOLDER, { recursive: true });
		writeFileSync(
			join(FOLDER, 'package.json'),
			JSON.stringify({ name: 'tend-bench-lforms', private: true }, null, '\t')
		);
		execSync(
			`npm install lforms@${VERSION} --legacy-peer-deps --ignore-scripts --no-audit --no-fund`,
			{ cwd: FOLDER, stdio: 'inherit' }
		);
	}
	return JSON.parse(readFileSync(join(FOLDER, 'node_modules/lforms/package.json'), 'utf8')).version;
}

// Loaded in the order LHC-Forms' README gives (zone, runtime, polyfills, main, then the
// FHIR R4 support library), deferred so they run in that order after parsing.
const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>PHQ-9 with LHC-Forms</title>
<link rel="stylesheet" href="/lforms/webcomponent/styles.css">
<script src="/lforms/webcomponent/assets/lib/zone.min.js"></script>
<script src="/lforms/webcomponent/runtime.js" type="module"></script>
<script src="/lforms/webcomponent/polyfills.js" type="module"></script>
<script src="/lforms/webcomponent/main.js" type="module"></script>
<script src="/lforms/fhir/R4/lformsFHIR.min.js" defer></script>
<script src="/render.js" defer></script>
</head>
<body><main><h1>PHQ-9</h1><div id="form"></div></main></body>
</html>`;

// Waits for LHC-Forms to define itself, then renders the questionnaire as its docs show.
const RENDER = `(async () => {
	const questionnaire = await (await fetch('/questionnaire.json')).json();
	while (!window.LForms?.Util?.addFormToPage) await new Promise((done) => setTimeout(done, 5));
	await LForms.Util.addFormToPage(questionnaire, 'form', { fhirVersion: 'R4' });
	performance.mark('lforms:ready');
})();`;

const TYPES = {
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.html': 'text/html'
};

/**
 * Serves the page on 127.0.0.1:`port` rendering `questionnairePath`; resolves to a stop().
 * @param {number} port
 * @param {string} questionnairePath
 */
export function serveLformsPage(port, questionnairePath) {
	const questionnaire = readFileSync(questionnairePath);
	// Compressed as Tend's server sends its files (and any real server would), once each.
	/** @type {Map<string, Buffer>} */
	const gzipped = new Map();
	const server = createServer((request, response) => {
		const path = new URL(request.url ?? '/', 'http://localhost').pathname;
		const send = (/** @type {string} */ type, /** @type {Buffer | string} */ body) => {
			const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
			if (gzip && !gzipped.has(path)) gzipped.set(path, gzipSync(body, { level: 9 }));
			response.writeHead(200, {
				'content-type': type,
				'cache-control': 'no-store',
				...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {})
			});
			response.end(gzip ? gzipped.get(path) : body);
		};
		if (path === '/') return send('text/html', PAGE);
		if (path === '/render.js') return send('text/javascript', RENDER);
		if (path === '/questionnaire.json') return send('application/json', questionnaire);
		const file = normalize(join(LFORMS_DIST, path.replace(/^\/lforms\//, '/')));
		if (
			!path.startsWith('/lforms/') ||
			!file.startsWith(LFORMS_DIST) ||
			!existsSync(file) ||
			!statSync(file).isFile()
		) {
			response.writeHead(404).end();
			return;
		}
		send(
			TYPES[/** @type {keyof TYPES} */ (extname(file))] ?? 'application/octet-stream',
			readFileSync(file)
		);
	});
	return new Promise((done) =>
		server.listen(port, '127.0.0.1', () =>
			done(() => new Promise((closed) => server.close(() => closed(undefined))))
		)
	);
}
