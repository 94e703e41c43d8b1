// Entry point of build/admin.js (`npm run admin`); see cli.ts.
import { readFileSync } from 'node:fs';
import { ConfigError, getConfig } from '../config';
import { openStore, StoreStartupError } from '../store/open-store';
import { runCli } from './cli';

try {
	process.exitCode = runCli(process.argv.slice(2), {
		openDb: () => openStore(getConfig().dataDir),
		now: new Date(),
		out: (text) => console.log(text),
		err: (text) => console.error(text),
		readStdin: () => readFileSync(0, 'utf8')
	});
} catch (error) {
	if (!(error instanceof ConfigError || error instanceof StoreStartupError)) throw error;
	console.error(error.message);
	process.exitCode = 1;
}
