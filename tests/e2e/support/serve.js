// Starts the built app (server.js) with a fresh temporary data folder, for Playwright.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';

const dataDir = mkdtempSync(join(tmpdir(), 'tend-e2e-'));
const child = spawn(process.execPath, ['server.js'], {
	env: { ...process.env, DATA_DIR: dataDir },
	stdio: 'inherit'
});
const stop = () => child.kill('SIGTERM');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
child.on('exit', (code) => {
	rmSync(dataDir, { recursive: true, force: true });
	process.exit(code ?? 0);
});
