import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifySetupToken } from './auth/setup-token';
import { readConfig } from './config';
import { fhirBaseWarning, setupLinkMessage, startService } from './startup';
import { openStore, StoreStartupError, type Db } from './store/open-store';

const NOW = new Date('2025-03-01T09:00:00Z');
const LINK =
	/^First start: create the first staff account at https:\/\/tend\.example\.nhs\.uk\/staff\/setup#token=([A-Za-z0-9_-]{43})$/;

let dir: string;
const opened: Db[] = [];

function start(dataDir = dir): { db: Db; lines: string[] } {
	const lines: string[] = [];
	const config = readConfig({ DATA_DIR: dataDir, ORIGIN: 'https://tend.example.nhs.uk' });
	const db = startService(config, { openDb: openStore, now: NOW, log: (line) => lines.push(line) });
	opened.push(db);
	return { db, lines };
}

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'tend-start-'));
});

afterEach(() => {
	for (const db of opened.splice(0)) if (db.open) db.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('startService', () => {
	it('prints a setup link with the token in the fragment on first start', () => {
		const { db, lines } = start();
		expect(lines).toHaveLength(1);
		const token = LINK.exec(lines[0] ?? '')?.[1] ?? '';
		expect(verifySetupToken(db, token, NOW)).toBe(true);
	});

	it('prints a new link at each start while no staff account exists, and the old one stops working', () => {
		const first = start();
		const oldToken = LINK.exec(first.lines[0] ?? '')?.[1] ?? '';
		first.db.close();
		const second = start();
		const newToken = LINK.exec(second.lines[0] ?? '')?.[1] ?? '';
		expect(newToken).not.toBe(oldToken);
		expect(verifySetupToken(second.db, oldToken, NOW)).toBe(false);
		expect(verifySetupToken(second.db, newToken, NOW)).toBe(true);
	});

	it('prints nothing once a staff account exists', () => {
		const first = start();
		first.db
			.prepare(
				"INSERT INTO staff_account (id, email, display_name, password_hash, created_at) VALUES ('s1', 'sam@example.nhs.uk', 'Sam', 'x', ?)"
			)
			.run(NOW.toISOString());
		first.db.close();
		expect(start().lines).toEqual([]);
	});

	it('lets a data folder it cannot write stop the start', () => {
		const file = join(dir, 'not-a-folder');
		writeFileSync(file, '');
		expect(() => start(file)).toThrow(StoreStartupError);
	});
});

describe('setupLinkMessage', () => {
	it('puts the token after #, never in the path or query', () => {
		const url = new URL(setupLinkMessage('http://localhost:3000', 'abc').split(' at ')[1] ?? '');
		expect(url.pathname).toBe('/staff/setup');
		expect(url.search).toBe('');
		expect(url.hash).toBe('#token=abc');
	});

	it.each([
		['on its own origin', undefined, [], false],
		[
			'on another origin the build allows',
			'https://fhir.trust.nhs.uk/r4',
			['https://fhir.trust.nhs.uk'],
			false
		],
		['on another origin the build does not allow', 'https://fhir.trust.nhs.uk/r4', [], true]
	])('warns about a FHIR base the app may not reach: %s', (_, fhirBase, connectSrc, warns) => {
		const lines: string[] = [];
		const config = readConfig({
			DATA_DIR: dir,
			ORIGIN: 'https://tend.example.nhs.uk',
			...(fhirBase ? { FHIR_BASE_URL: fhirBase } : {})
		});
		opened.push(
			startService(config, {
				openDb: openStore,
				now: NOW,
				log: (line) => lines.push(line),
				connectSrc
			})
		);
		expect(lines.includes(fhirBaseWarning(config))).toBe(warns);
		if (warns)
			expect(fhirBaseWarning(config)).toContain('TEND_CONNECT_SRC="https://fhir.trust.nhs.uk"');
	});
});
