import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const cli = join(here, '..', 'i18n-check.js');
const fixtures = join(here, 'fixtures');

/**
 * Runs the checker and returns its exit code and output lines.
 * @param {string[]} args
 * @param {string} [cwd]
 */
function run(args, cwd = here) {
	const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
	const lines = result.stdout.trimEnd().split('\n');
	return { status: result.status, lines, stderr: result.stderr };
}

describe('i18n-check CLI', () => {
	/** @type {string[]} */
	const temporary = [];
	afterEach(() => {
		for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
	});

	/** A writable copy of the clean fixture. */
	function copyOfClean() {
		const dir = mkdtempSync(join(tmpdir(), 'i18n-check-'));
		temporary.push(dir);
		cpSync(join(fixtures, 'clean'), dir, { recursive: true });
		return dir;
	}

	it('passes the clean tree with exit code 0 and a one-line summary', () => {
		const { status, lines } = run(['--root', join(fixtures, 'clean')]);
		expect(lines).toEqual(['i18n check: 3 languages, 2 namespaces, 10 keys — OK']);
		expect(status).toBe(0);
	});

	it('checks the current directory when no --root is given', () => {
		const { status, lines } = run([], join(fixtures, 'clean'));
		expect(status).toBe(0);
		expect(lines.at(-1)).toMatch(/— OK$/);
	});

	it('reports every deliberate error in the broken tree and exits 1', () => {
		const { status, lines } = run(['--root', join(fixtures, 'broken')]);
		expect(lines).toEqual([
			'warning: locales/de: language folder not listed in src/lib/i18n/languages.ts (checked anyway)',
			'locales/de/home.json: missing namespace file (en-GB has home.json)',
			'locales/en-GB/common.json: empty value for "empty"',
			'locales/pl/common.json: empty value for "empty"',
			'locales/pl/common.json: value of "unused" is not a string',
			'locales/pl/common.json: key "greeting" is missing placeholder {{name}}',
			'locales/pl/common.json: key "greeting" has unknown placeholder {{imie}}',
			'locales/pl/common.json: missing key "save"',
			'locales/pl/common.json: stale key "old_key" (not in the source language)',
			'locales/pl/extra.json: extra namespace file (en-GB has no extra.json)',
			'locales/pl/home.json: missing key "items_few" (plural form of "items")',
			'locales/pl/home.json: missing key "items_many" (plural form of "items")',
			'warning: locales/pl/home.json: extra plural form "items_two" (pl does not use "two")',
			'locales/ro: missing language folder (ro is listed in src/lib/i18n/languages.ts)',
			'locales/en-GB/common.json: unused key "empty"',
			'locales/en-GB/common.json: unused key "unused"',
			'src/content/flags.json:1 uses missing key "home:flags.gone"',
			'src/routes/+page.svelte:11 uses missing key "common:missing_key"',
			'src/routes/+page.svelte:12 builds a translation key at run time; use a literal key',
			'src/routes/+page.svelte:13 uses unknown namespace "nowhere" in key "nowhere:key"',
			'src/routes/+page.svelte:14 calls t() with "plain_key", which is not a fully qualified key ("namespace:key")',
			'src/routes/+page.svelte:8 hard-coded text "saved"; use t()',
			'src/routes/+page.svelte:9 hard-coded aria-label "Close the menu"; use t()',
			'src/routes/+page.svelte:10 hard-coded alt "Tend logo"; use t()',
			'i18n check: 22 errors, 2 warnings'
		]);
		expect(status).toBe(1);
	});

	it('fails when a listed language has no folder or the ignore comment goes', () => {
		const root = copyOfClean();
		rmSync(join(root, 'locales', 'cy'), { recursive: true });
		const page = join(root, 'src', 'routes', '+page.svelte');
		writeFileSync(page, readFileSync(page, 'utf8').replace(/<!-- i18n-ignore[^>]*-->\n/, ''));
		const { status, lines } = run(['--root', root]);
		expect(lines).toEqual([
			'locales/cy: missing language folder (cy is listed in src/lib/i18n/languages.ts)',
			'src/routes/+page.svelte:40 hard-coded text "Tend"; use t()',
			'i18n check: 2 errors, 0 warnings'
		]);
		expect(status).toBe(1);
	});

	it('reports unreadable JSON once, without a cascade of missing keys', () => {
		const root = copyOfClean();
		writeFileSync(join(root, 'locales', 'pl', 'home.json'), '{ "heading": ');
		const { status, lines } = run(['--root', root]);
		expect(lines).toHaveLength(2);
		expect(lines[0]).toMatch(/^locales\/pl\/home\.json: invalid JSON: /);
		expect(lines[1]).toBe('i18n check: 1 error, 0 warnings');
		expect(status).toBe(1);
	});

	it('passes with warnings alone and says how many', () => {
		const root = copyOfClean();
		const file = join(root, 'locales', 'pl', 'home.json');
		const json = JSON.parse(readFileSync(file, 'utf8'));
		writeFileSync(file, JSON.stringify({ ...json, items_two: 'Dwie notatki' }));
		const { status, lines } = run(['--root', root]);
		expect(lines).toEqual([
			'warning: locales/pl/home.json: extra plural form "items_two" (pl does not use "two")',
			'i18n check: 3 languages, 2 namespaces, 10 keys — OK (1 warning)'
		]);
		expect(status).toBe(0);
	});

	it('stops with exit code 1 when there is no source language', () => {
		const root = copyOfClean();
		rmSync(join(root, 'locales', 'en-GB'), { recursive: true });
		const { status, lines } = run(['--root', root]);
		expect(lines).toContain(
			'locales/en-GB: missing source language folder; nothing else can be checked'
		);
		expect(status).toBe(1);
	});

	it('rejects unknown arguments with exit code 2', () => {
		const { status, stderr } = run(['--nope']);
		expect(status).toBe(2);
		expect(stderr).toContain('Usage: node scripts/i18n-check.js [--root <dir>]');
	});
});
