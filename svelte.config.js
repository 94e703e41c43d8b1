import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { CONNECT_SRC_VARIABLE, parseConnectSrc } from './src/lib/csp/connect-src.js';

// One build id for the whole build: SvelteKit prerenders in a child process that reads
// this file again, and inherits the environment.
process.env.TEND_BUILD_ID ??= new Date().toISOString();

/** @typedef {NonNullable<NonNullable<import('@sveltejs/kit').KitConfig['csp']>['directives']>['connect-src']} ConnectSrc */

/**
 * The one inline script of our own, src/prefs.js, which the server writes into each page
 * (src/hooks.server.ts): the policy allows its exact text by hash, and no other.
 */
export const PREFS_SCRIPT_HASH = /** @type {`sha256-${string}`} */ (
	`sha256-${createHash('sha256')
		.update(readFileSync(new URL('./src/prefs.js', import.meta.url), 'utf8'))
		.digest('base64')}`
);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ out: 'build', precompress: true }),
		// A page's own styles are a few hundred bytes each: in the page they cost nothing, as
		// files they were a request each before the first render (D-036). The shared
		// stylesheet stays a file.
		inlineStyleThreshold: 4096,
		alias: {
			$content: 'src/content',
			$locales: 'locales'
		},
		// The worker is built by Kit, then given its precache manifest by workbox-build
		// (scripts/build-service-worker.js); the app registers it with workbox-window.
		serviceWorker: { register: false },
		// Kit hashes its own inline script on prerendered pages and nonces it on rendered ones.
		// frame-ancestors cannot live in a <meta> policy, so it is sent as a header
		// (src/lib/server/security-headers.js).
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', PREFS_SCRIPT_HASH],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				// A pain service or FHIR server on another origin is allowed only when the build
				// lists it (docs/decisions.md D-023); a bad entry stops the build.
				'connect-src': /** @type {ConnectSrc} */ ([
					'self',
					...parseConnectSrc(process.env[CONNECT_SRC_VARIABLE])
				]),
				'manifest-src': ['self'],
				'worker-src': ['self'],
				'form-action': ['self'],
				'object-src': ['none'],
				'base-uri': ['none']
			}
		},
		version: { name: process.env.TEND_BUILD_ID }
	}
};

export default config;
