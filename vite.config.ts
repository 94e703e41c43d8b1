import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
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
