import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { clientChunks } from './scripts/chunk-groups.js';
import { staticPreloads } from './scripts/static-preloads.js';
import { CONNECT_SRC_VARIABLE, parseConnectSrc } from './src/lib/csp/connect-src.js';

export default defineConfig({
	// After SvelteKit's: they change how it bundles the browser's files (see scripts/).
	plugins: [sveltekit(), clientChunks(import.meta.dirname), staticPreloads()],
	// The origins the CSP's connect-src allows besides the app's own, as svelte.config.js
	// builds it, so the app can tell an address it may not reach (src/lib/csp/allowed.ts).
	define: {
		__TEND_CONNECT_SRC__: JSON.stringify(parseConnectSrc(process.env[CONNECT_SRC_VARIABLE]))
	},
	css: {
		preprocessorOptions: {
			scss: { quietDeps: true, silenceDeprecations: ['import'] }
		}
	},
	server: { fs: { allow: ['locales'] } },
	test: {
		include: [
			'src/**/*.spec.ts',
			'scripts/**/*.spec.js',
			'tests/support/**/*.spec.ts',
			'tests/contract/**/*.spec.ts'
		],
		environment: 'node',
		pool: 'forks',
		maxWorkers: 2
	}
});
