import { parseArgs } from 'node:util';
import { ADMIN_CLI } from '../audit/audit';
import { listDevices, revokeDevice } from '../devices/devices';
import { IssueCodeError, issueCode } from '../enrolment/codes';
import { createPatient, listPatients, PatientValidationError } from '../patients/patients';
import type { Db } from '../store/open-store';
import { createStaffAccount, StaffAccountError } from './staff-account';

/**
 * `npm run admin -- <command> [--flags]`: runs one command on the service's database and
 * prints its result as JSON. Works with the service stopped or running (SQLite WAL).
 * Exit codes: 0 done, 1 refused (the JSON on stderr says why), 2 wrong usage.
 */

type Flags = Record<string, string | undefined>;

interface Command {
	/** Flags the command takes with a value; those in `required` must be given. */
	flags: readonly string[];
	/** Flags the command takes without a value (given: 'true'). */
	switches?: readonly string[];
	required: readonly string[];
	run: (db: Db, flags: Flags, now: Date, readStdin: () => string) => unknown;
}

/**
 * The password for create-staff: from standard input with --password-stdin (nothing shows
 * in the process list or the shell's history), or from --password. One trailing line
 * break is dropped, as `echo` adds one; anything else is the password.
 */
function staffPassword(flags: Flags, readStdin: () => string): string {
	const fromStdin = flags['password-stdin'] === 'true';
	if (fromStdin === (flags.password !== undefined)) {
		throw new UsageError('Give the password on standard input with --password-stdin.');
	}
	return fromStdin ? readStdin().replace(/\r?\n$/, '') : (flags.password ?? '');
}

const COMMANDS: Record<string, Command> = {
	'create-staff': {
		flags: ['email', 'name', 'password'],
		switches: ['password-stdin'],
		required: ['email', 'name'],
		run: (db, f, now, readStdin) =>
			createStaffAccount(
				db,
				{ email: f.email, name: f.name, password: staffPassword(f, readStdin) },
				now
			)
	},
	'create-patient': {
		flags: ['nhs-number', 'given', 'family', 'birth-date', 'phone', 'email'],
		required: ['nhs-number', 'given', 'family', 'birth-date'],
		run: (db, f, now) =>
			createPatient(
				db,
				{
					nhsNumber: f['nhs-number'],
					givenName: f.given,
					familyName: f.family,
					birthDate: f['birth-date'],
					phone: f.phone,
					email: f.email
				},
				{ now, staffId: ADMIN_CLI }
			)
	},
	'list-patients': {
		flags: ['search'],
		required: [],
		run: (db, f) => listPatients(db, { search: f.search })
	},
	'issue-code': {
		flags: ['patient', 'role', 'carer-name', 'relationship', 'days'],
		required: ['patient'],
		run: (db, f, now) => {
			const role = f.role ?? 'patient';
			if (role !== 'patient' && role !== 'carer')
				throw new UsageError('--role is patient or carer');
			const days = f.days === undefined ? undefined : Number(f.days);
			return {
				patientId: f.patient,
				role,
				...issueCode(db, {
					patientId: f.patient ?? '',
					role,
					carerName: f['carer-name'],
					carerRelationship: f.relationship,
					lifetimeDays: days,
					staffId: ADMIN_CLI,
					now
				})
			};
		}
	},
	'list-devices': {
		flags: ['patient'],
		required: ['patient'],
		run: (db, f) => listDevices(db, f.patient ?? '')
	},
	'revoke-device': {
		flags: ['device'],
		required: ['device'],
		run: (db, f, now) => ({
			deviceId: f.device,
			revoked: revokeDevice(db, f.device ?? '', { by: ADMIN_CLI, now })
		})
	}
};

/** Wrong command or flags. */
export class UsageError extends Error {
	override readonly name = 'UsageError';
}

export const USAGE = `Usage: npm run admin -- <command> [--flags]
  create-staff   --email <email> --name <name> --password-stdin
                 (the password on standard input; --password <password> also works, but
                 shows in the process list and the shell's history)
  create-patient --nhs-number <10 digits> --given <name> --family <name> --birth-date <YYYY-MM-DD> [--phone <phone>] [--email <email>]
  list-patients  [--search <name or NHS number>]
  issue-code     --patient <id> [--role patient|carer] [--carer-name <name>] [--relationship <text>] [--days <1-365>]
  list-devices   --patient <id>
  revoke-device  --device <id>
The database is the one in DATA_DIR (default ./data).`;

/** The command and its flags from the arguments after `--`. */
export function parseCommand(argv: readonly string[]): {
	name: string;
	command: Command;
	flags: Flags;
} {
	const [name, ...rest] = argv;
	const command = name === undefined ? undefined : COMMANDS[name];
	if (!name || !command)
		throw new UsageError(name ? `Unknown command: ${name}` : 'No command given.');
	let values: Flags;
	try {
		const parsed = parseArgs({
			args: rest,
			options: Object.fromEntries([
				...command.flags.map((flag) => [flag, { type: 'string' as const }]),
				...(command.switches ?? []).map((flag) => [flag, { type: 'boolean' as const }])
			]),
			strict: true,
			allowPositionals: false
		}).values;
		values = Object.fromEntries(
			Object.entries(parsed).map(([flag, value]) => [flag, value === true ? 'true' : value])
		) as Flags;
	} catch (error) {
		throw new UsageError(error instanceof Error ? error.message : String(error));
	}
	const missing = command.required.filter((flag) => values[flag] === undefined);
	if (missing.length > 0)
		throw new UsageError(`Missing ${missing.map((f) => `--${f}`).join(', ')}.`);
	return { name, command, flags: values };
}

export interface CliDeps {
	openDb: () => Db;
	now: Date;
	out: (text: string) => void;
	err: (text: string) => void;
	/** All of standard input, read only when a command asks for it. */
	readStdin?: () => string;
}

/** Runs one command; returns the process exit code. */
export function runCli(
	argv: readonly string[],
	{ openDb, now, out, err, readStdin = () => '' }: CliDeps
): number {
	if (argv.length === 0 || argv[0] === 'help' || argv[0] === '--help') {
		(argv.length === 0 ? err : out)(USAGE);
		return argv.length === 0 ? 2 : 0;
	}
	let parsed: ReturnType<typeof parseCommand>;
	try {
		parsed = parseCommand(argv);
	} catch (error) {
		err(json({ error: 'usage', message: (error as Error).message }));
		err(USAGE);
		return 2;
	}
	const db = openDb();
	try {
		out(json(parsed.command.run(db, parsed.flags, now, readStdin)));
		return 0;
	} catch (error) {
		if (error instanceof UsageError) {
			err(json({ error: 'usage', message: error.message }));
			return 2;
		}
		if (
			error instanceof PatientValidationError ||
			error instanceof IssueCodeError ||
			error instanceof StaffAccountError
		) {
			err(json({ error: 'invalid', issues: error.issues }));
			return 1;
		}
		throw error;
	} finally {
		db.close();
	}
}

const json = (value: unknown) => JSON.stringify(value, null, 2);
