import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyPassword } from '../auth/password';
import { openTempStore } from '../patients/testing';
import { openStore, type Db } from '../store/open-store';
import { parseCommand, runCli, UsageError } from './cli';

let dir: string;
let db: Db;
let cleanup: () => void;

beforeEach(() => {
	({ db, dir, cleanup } = openTempStore());
});
afterEach(() => cleanup());

function run(...argv: string[]) {
	return runWithStdin(undefined, ...argv);
}

/** Runs the CLI with `stdin` as standard input (undefined: reading it is a test failure). */
function runWithStdin(stdin: string | undefined, ...argv: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const code = runCli(argv, {
		openDb: () => openStore(dir),
		now: new Date('2025-03-01T09:00:00Z'),
		out: (text) => out.push(text),
		err: (text) => err.push(text),
		readStdin: () => {
			if (stdin === undefined) throw new Error('standard input read');
			return stdin;
		}
	});
	const json = (lines: string[]) =>
		lines[0]?.startsWith('{') || lines[0]?.startsWith('[') ? JSON.parse(lines[0]) : lines[0];
	return { code, out: json(out), err: json(err) };
}

const patientArgs = [
	'--nhs-number',
	'943 476 5919',
	'--given',
	'Sam',
	'--family',
	'Jones',
	'--birth-date',
	'1970-05-04'
];

describe('parseCommand', () => {
	it('reads a command and its flags', () => {
		expect(parseCommand(['revoke-device', '--device', 'd1'])).toMatchObject({
			name: 'revoke-device',
			flags: { device: 'd1' }
		});
		expect(parseCommand(['revoke-device', '--device=d1']).flags).toEqual({ device: 'd1' });
	});

	it.each([
		[[]],
		[['frob']],
		[['revoke-device']],
		[['revoke-device', '--device']],
		[['revoke-device', '--device', 'd', '--extra', 'x']],
		[['revoke-device', 'd1']]
	])('refuses %j', (argv) => {
		expect(() => parseCommand(argv)).toThrow(UsageError);
	});
});

describe('runCli', () => {
	it('creates a staff account with an scrypt hash', () => {
		const result = run(
			'create-staff',
			'--email',
			'Lee@Example.nhs.uk',
			'--name',
			'Lee Smith',
			'--password',
			'a long enough password'
		);
		expect(result.code).toBe(0);
		expect(result.out).toMatchObject({ email: 'Lee@Example.nhs.uk', name: 'Lee Smith' });
		const row = db.prepare('SELECT password_hash FROM staff_account').get() as {
			password_hash: string;
		};
		expect(row.password_hash).toMatch(/^scrypt\$/);
		expect(verifyPassword('a long enough password', row.password_hash)).toBe(true);
		const again = run(
			'create-staff',
			'--email',
			'lee@example.nhs.uk',
			'--name',
			'L',
			'--password',
			'another long password'
		);
		expect(again).toMatchObject({
			code: 1,
			err: { error: 'invalid', issues: [{ path: 'email', code: 'duplicate' }] }
		});
	});

	it('takes the password from standard input with --password-stdin', () => {
		const password = '  a long enough password with spaces ';
		const result = runWithStdin(
			`${password}\n`,
			'create-staff',
			'--email',
			'kim@example.nhs.uk',
			'--name',
			'Kim',
			'--password-stdin'
		);
		expect(result).toMatchObject({ code: 0, out: { email: 'kim@example.nhs.uk' } });
		const row = db.prepare('SELECT password_hash FROM staff_account').get() as {
			password_hash: string;
		};
		// Only the line break `echo` adds is dropped; the spaces are the password's own.
		expect(verifyPassword(password, row.password_hash)).toBe(true);
		expect(verifyPassword(password.trim(), row.password_hash)).toBe(false);
	});

	it('drops a Windows line break after a password on standard input', () => {
		const args = ['create-staff', '--email', 'kim@example.nhs.uk', '--name', 'Kim'];
		expect(runWithStdin('a long enough password\r\n', ...args, '--password-stdin').code).toBe(0);
		const row = db.prepare('SELECT password_hash FROM staff_account').get() as {
			password_hash: string;
		};
		expect(verifyPassword('a long enough password', row.password_hash)).toBe(true);
	});

	it.each([
		['neither', []],
		['both', ['--password', 'a long enough password', '--password-stdin']]
	])('wants exactly one way to give the password: %s', (_, flags) => {
		const args = ['create-staff', '--email', 'kim@example.nhs.uk', '--name', 'Kim', ...flags];
		expect(runWithStdin('a long enough password\n', ...args)).toMatchObject({
			code: 2,
			err: { error: 'usage', message: expect.stringContaining('--password-stdin') }
		});
		expect(db.prepare('SELECT COUNT(*) AS n FROM staff_account').get()).toEqual({ n: 0 });
	});

	it('refuses a short password from standard input, and an empty one', () => {
		const args = ['create-staff', '--email', 'a@b.uk', '--name', 'A', '--password-stdin'];
		for (const stdin of ['short\n', '', '\n']) {
			expect(runWithStdin(stdin, ...args)).toMatchObject({
				code: 1,
				err: { issues: [{ path: 'password', code: 'too-short' }] }
			});
		}
	});

	it('refuses a value after --password-stdin', () => {
		expect(() =>
			parseCommand(['create-staff', '--email', 'a@b.uk', '--name', 'A', '--password-stdin=x'])
		).toThrow(UsageError);
	});

	it('refuses a short password', () => {
		expect(
			run('create-staff', '--email', 'a@b.uk', '--name', 'A', '--password', 'short')
		).toMatchObject({
			code: 1,
			err: { issues: [{ path: 'password', code: 'too-short' }] }
		});
	});

	it('creates, lists and finds patients', () => {
		const created = run('create-patient', ...patientArgs, '--phone', '01632 960 001');
		expect(created).toMatchObject({
			code: 0,
			out: { nhsNumber: '9434765919', phone: '01632 960 001', createdBy: 'admin-cli' }
		});
		expect(run('list-patients').out).toHaveLength(1);
		expect(run('list-patients', '--search', 'jones').out).toHaveLength(1);
		expect(run('list-patients', '--search', 'smith').out).toHaveLength(0);
		expect(run('create-patient', ...patientArgs)).toMatchObject({
			code: 1,
			err: { issues: [{ path: 'nhsNumber', code: 'duplicate' }] }
		});
	});

	it('issues codes, lists and revokes devices', () => {
		const patientId = run('create-patient', ...patientArgs).out.id;
		const issued = run('issue-code', '--patient', patientId, '--days', '7');
		expect(issued).toMatchObject({
			code: 0,
			out: { patientId, role: 'patient', expiresAt: '2025-03-08T09:00:00.000Z' }
		});
		expect(issued.out.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
		expect(
			run(
				'issue-code',
				'--patient',
				patientId,
				'--role',
				'carer',
				'--carer-name',
				'Alex',
				'--relationship',
				'son'
			).code
		).toBe(0);
		expect(run('issue-code', '--patient', patientId, '--role', 'carer')).toMatchObject({ code: 1 });
		expect(run('issue-code', '--patient', patientId, '--role', 'doctor')).toMatchObject({
			code: 2,
			err: { error: 'usage' }
		});
		expect(run('issue-code', '--patient', 'nobody')).toMatchObject({
			code: 1,
			err: { issues: [{ path: 'patientId' }] }
		});
		expect(run('list-devices', '--patient', patientId)).toMatchObject({ code: 0, out: [] });
		expect(run('revoke-device', '--device', 'nope')).toMatchObject({
			code: 0,
			out: { deviceId: 'nope', revoked: false }
		});
	});

	it('prints usage for help and for no command', () => {
		expect(run('help')).toMatchObject({ code: 0, out: expect.stringContaining('Usage') });
		// The safe way to give a password comes first.
		expect(run('help').out).toMatch(/create-staff .*--password-stdin/);
		expect(run()).toMatchObject({ code: 2, err: expect.stringContaining('Usage') });
		expect(run('frob')).toMatchObject({
			code: 2,
			err: { error: 'usage', message: 'Unknown command: frob' }
		});
	});
});
