#!/usr/bin/env node
/**
 * npm run i18n:check — checks locales/ against the en-GB source, the keys the code uses,
 * and hard-coded text in Svelte components. Prints one line per problem and a summary;
 * exits 1 when there is any error (warnings alone pass).
 *
 * Usage: node scripts/i18n-check.js [--root <dir>]
 * The rules are described in scripts/i18n-check/README.md.
 */
import { resolve } from 'node:path';
import { checkRepo, formatReport } from './i18n-check/check-repo.js';

const USAGE = 'Usage: node scripts/i18n-check.js [--root <dir>]';

/**
 * @param {string[]} args
 * @returns {{ root: string } | { help: true } | { problem: string }}
 */
function parseArgs(args) {
	let root = process.cwd();
	for (let i = 0; i < args.length; i += 1) {
		const arg = args[i];
		if (arg === '--help' || arg === '-h') return { help: true };
		if (arg === '--root') {
			const value = args[i + 1];
			if (!value) return { problem: '--root needs a directory' };
			root = resolve(value);
			i += 1;
		} else if (arg?.startsWith('--root=')) {
			root = resolve(arg.slice('--root='.length));
		} else {
			return { problem: `unknown argument "${arg}"` };
		}
	}
	return { root };
}

const options = parseArgs(process.argv.slice(2));
if ('help' in options) {
	console.log(USAGE);
} else if ('problem' in options) {
	console.error(`i18n check: ${options.problem}\n${USAGE}`);
	process.exitCode = 2;
} else {
	const result = checkRepo(options.root);
	for (const line of formatReport(result)) console.log(line);
	process.exitCode = result.findings.some((finding) => finding.level === 'error') ? 1 : 0;
}
