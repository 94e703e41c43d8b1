import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Fhir } from 'fhir';
import { expect, test } from './fixtures';

/** Runs `node server.js` with the given environment until it exits or prints `until`. */
function runServer(env: Record<string, string>, until?: RegExp) {
	return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
		const child = spawn(process.execPath, ['server.js'], { env: { ...process.env, ...env } });
		let stdout = '';
		let stderr = '';
		const finish = () => child.kill('SIGTERM');
		child.stdout.on('data', (chunk) => {
			stdout += chunk;
			if (until?.test(stdout)) finish();
		});
		child.stderr.on('data', (chunk) => (stderr += chunk));
		child.on('exit', (code) => done({ code, stdout, stderr }));
		setTimeout(finish, 10_000).unref();
	});
}

test.describe('the service', () => {
	test('refuses to start, in words, when it cannot write its data folder', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'tend-bad-data-'));
		const notAFolder = join(dir, 'a-file');
		writeFileSync(notAFolder, 'not a folder');
		const result = await runServer({ DATA_DIR: notAFolder, PORT: '4290' });
		rmSync(dir, { recursive: true, force: true });
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('Tend cannot');
		expect(result.stderr).toContain('DATA_DIR');
		expect(result.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
	});

	test('prints a one-time setup link on first start, with the token kept out of the URL path', async () => {
		const dataDir = mkdtempSync(join(tmpdir(), 'tend-first-start-'));
		const first = await runServer(
			{ DATA_DIR: dataDir, PORT: '4291', ORIGIN: 'http://localhost:4291' },
			/Listening/
		);
		const second = await runServer(
			{ DATA_DIR: dataDir, PORT: '4291', ORIGIN: 'http://localhost:4291' },
			/Listening/
		);
		rmSync(dataDir, { recursive: true, force: true });
		const link = /http:\/\/localhost:4291\/staff\/setup#token=([A-Za-z0-9_-]{43,})/;
		const firstToken = first.stdout.match(link)?.[1];
		const secondToken = second.stdout.match(link)?.[1];
		expect(firstToken).toBeDefined();
		expect(secondToken).toBeDefined();
		expect(secondToken).not.toBe(firstToken); // each start replaces the last link
	});

	test('answers /healthz and a valid R4 CapabilityStatement', async ({ request }) => {
		const health = await request.get('/healthz');
		expect(await health.json()).toMatchObject({ status: 'ok', db: 'ok' });

		const metadata = await request.get('/fhir/metadata');
		expect(metadata.headers()['content-type']).toContain('application/fhir+json');
		const statement = await metadata.json();
		const validation = new Fhir().validate(statement);
		expect(validation.messages.filter((message) => message.severity === 'error')).toEqual([]);
		expect(statement.resourceType).toBe('CapabilityStatement');
		expect(statement.fhirVersion).toBe('4.0.1');
	});

	test('answers an unknown FHIR path with an OperationOutcome, never an HTML page', async ({
		request
	}) => {
		const response = await request.get('/fhir/Patient/1');
		expect(response.status()).toBe(404);
		const outcome = await response.json();
		expect(outcome.resourceType).toBe('OperationOutcome');
		expect(outcome.issue[0].severity).toBe('error');
	});
});
