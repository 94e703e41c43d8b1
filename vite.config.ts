import { resolve } from 'node:path';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { clientChunks } from './scripts/chunk-groups.js';
import { staticPreloads } from './scripts/static-preloads.js';
import { classUse, sourceWords, unusedClasses } from './scripts/unused-css.js';
import { CONNECT_SRC_VARIABLE, parseConnectSrc } from './src/lib/csp/connect-src.js';

// The design system's stylesheet, trimmed to the classes Tend's source names (in builds only:
// in development a class just written would otherwise have no style until a restart).
const STYLESHEET = resolve(import.meta.dirname, 'src/lib/ui/styles/tend.scss');
const CLASS_SOURCES = ['src', 'locales'].map((dir) => resolve(import.meta.dirname, dir));

export default defineConfig(({ command }) => ({
	// After SvelteKit's: they change how it bundles the browser's files (see scripts/).
	plugins: [sveltekit(), clientChunks(import.meta.dirname), staticPreloads()],
	// The origins the CSP's connect-src allows besides the app's own, as svelte.config.js
	// builds it, so the app can tell an address it may not reach (src/lib/csp/allowed.ts).
	define: {
		__TEND_CONNECT_SRC__: JSON.stringify(parseConnectSrc(process.env[CONNECT_SRC_VARIABLE]))
	},
	css: {
		postcss: {
			plugins:
				command === 'build'
					? [unusedClasses({ file: STYLESHEET, isUsed: classUse(sourceWords(CLASS_SOURCES)) })]
					: []
		},
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
}));
