import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { AppServer } from './app-server';

/** Runs the admin CLI on a server's data folder and returns its JSON. */
export function adminCli<T = Record<string, string>>(server: AppServer, ...args: string[]): T {
	return adminCliWithInput<T>(server, '', ...args);
}

/** The same, with `input` on the CLI's standard input (a password, say). */
export function adminCliWithInput<T = Record<string, string>>(
	server: AppServer,
	input: string,
	...args: string[]
): T {
	const output = execFileSync(process.execPath, ['build/admin.js', ...args], {
		env: { ...process.env, DATA_DIR: server.dataDir, ORIGIN: server.url },
		input
	});
	return JSON.parse(output.toString()) as T;
}

/** A staff account for the console, as the journeys sign in with it. */
export interface StaffAccount {
	email: string;
	name: string;
	password: string;
}

/** Creates a staff account with the admin command line. */
export function createStaff(server: AppServer, staff: StaffAccount): void {
	adminCli(
		server,
		'create-staff',
		'--email',
		staff.email,
		'--name',
		staff.name,
		'--password',
		staff.password
	);
}

/** Adds a patient with the admin command line; returns their id. */
export function addPatient(
	server: AppServer,
	patient = { nhsNumber: '9434765919', given: 'Sam', family: 'Jones', birthDate: '1970-05-04' }
): string {
	return adminCli(
		server,
		...['create-patient', '--nhs-number', patient.nhsNumber, '--given', patient.given],
		...['--family', patient.family, '--birth-date', patient.birthDate]
	).id!;
}

/** The Observations the service has stored, with whose record each is in. */
export function storedObservations(
	server: AppServer
): Array<{ identifier_value: string; patient_id: string }> {
	const db = new Database(join(server.dataDir, 'tend.sqlite'), { readonly: true });
	try {
		return db
			.prepare(
				"SELECT identifier_value, patient_id FROM fhir_resource WHERE resource_type = 'Observation'"
			)
			.all() as Array<{ identifier_value: string; patient_id: string }>;
	} finally {
		db.close();
	}
}

/** Revokes every device of a patient that is still linked, as staff would. */
export function revokeAllDevices(server: AppServer, patientId: string): void {
	const devices = adminCli<Array<{ id: string; revokedAt: string | null }>>(
		server,
		'list-devices',
		'--patient',
		patientId
	);
	for (const device of devices.filter((each) => !each.revokedAt)) {
		adminCli(server, 'revoke-device', '--device', device.id);
	}
}
