// The production server (`npm start`): SvelteKit's adapter-node handler behind node:http, so
// that every response — static files and prerendered pages too, which never reach SvelteKit's
// hooks — carries the security headers.
//
// HOST (default 0.0.0.0) and PORT (default 3000) say where to listen. Set TRUST_PROXY=1 only
// behind a reverse proxy that sets X-Forwarded-Proto; otherwise a client could claim https.
import { createServer } from 'node:http';
import { handler } from './build/handler.js';
import { applySecurityHeaders } from './src/lib/server/security-headers.js';

const host = process.env.HOST || '0.0.0.0';
const port = Number(process.env.PORT || 3000);
const trustProxy = process.env.TRUST_PROXY === '1';
const shutdownTimeoutMs = 30_000;

/**
 * Whether the request reached us over TLS.
 * @param {import('node:http').IncomingMessage} req
 */
function isHttps(req) {
	if (/** @type {import('node:tls').TLSSocket} */ (req.socket).encrypted) return true;
	if (!trustProxy) return false;
	const header = req.headers['x-forwarded-proto'];
	const first = (Array.isArray(header) ? header[0] : header)?.split(',')[0]?.trim().toLowerCase();
	return first === 'https';
}

/**
 * Node's response as the get/set pair that applySecurityHeaders expects.
 * @param {import('node:http').ServerResponse} res
 */
function headersOf(res) {
	return {
		/** @param {string} name */
		get(name) {
			const value = res.getHeader(name);
			return Array.isArray(value) ? value.join(', ') : value?.toString();
		},
		/** @param {string} name @param {string} value */
		set(name, value) {
			res.setHeader(name, value);
		},
		/** @param {string} name */
		delete(name) {
			res.removeHeader(name);
		}
	};
}

const server = createServer((req, res) => {
	const options = { https: isHttps(req) };
	const headers = headersOf(res);
	applySecurityHeaders(headers, options);
	// SvelteKit replaces headers it sets itself (its own Content-Security-Policy among them),
	// so apply them again just before the head goes out; this keeps theirs and adds ours.
	const writeHead = res.writeHead;
	res.writeHead = /** @type {typeof res.writeHead} */ (
		function (/** @type {any[]} */ ...args) {
			if (!res.headersSent) applySecurityHeaders(headers, options);
			return writeHead.apply(res, /** @type {any} */ (args));
		}
	);
	handler(req, res, () => {
		res.statusCode = 404;
		res.end('Not found');
	});
});

server.listen(port, host, () => {
	console.log(`Listening on http://${host}:${port}`);
});

let closing = false;

/** @param {NodeJS.Signals} signal */
function shutdown(signal) {
	if (closing) return;
	closing = true;
	server.close(() => {
		// SvelteKit's own adapter emits this; code that tidies up on shutdown listens for it.
		process.emit(/** @type {any} */ ('sveltekit:shutdown'), signal);
		// The store closes the database on 'exit'.
		process.exit(0);
	});
	server.closeIdleConnections();
	setTimeout(() => server.closeAllConnections(), shutdownTimeoutMs).unref();
}

process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
