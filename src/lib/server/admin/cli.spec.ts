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
	const out: string[] = [];
	const err: string[] = [];
	const code = runCli(argv, {
		openDb: () => openStore(dir),
		now: new Date('2025-03-01T09:00:00Z'),
		out: (text) => out.push(text),
		err: (text) => err.push(text)
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
		expect(run()).toMatchObject({ code: 2, err: expect.stringContaining('Usage') });
		expect(run('frob')).toMatchObject({
			code: 2,
			err: { error: 'usage', message: 'Unknown command: frob' }
		});
	});
});
