import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/e2e/support/chromium';
import { e2ePort } from './tests/e2e/support/ports';

const PORT = e2ePort(0);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	forbidOnly: !!process.env.CI,
	reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	timeout: 30_000,
	use: {
		...devices['Desktop Chrome'],
		baseURL: `http://localhost:${PORT}`,
		launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
		trace: 'retain-on-failure',
		locale: 'en-GB'
	},
	projects: [{ name: 'chromium' }],
	// The built app exactly as `npm start` runs it, with a throwaway data folder.
	webServer: {
		command: 'node tests/e2e/support/serve.js',
		port: PORT,
		env: { PORT: String(PORT) },
		reuseExistingServer: false,
		timeout: 60_000
	}
});
