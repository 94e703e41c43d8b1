import { execFileSync } from 'node:child_process';

/**
 * Runs the built admin command line (`build/admin.js`) on a server's data folder, as an
 * operator would, and returns the JSON it prints.
 */
export function runAdmin(
	server: { dataDir: string; url: string },
	...args: string[]
): Record<string, unknown> {
	const output = execFileSync(process.execPath, ['build/admin.js', ...args], {
		env: { ...process.env, DATA_DIR: server.dataDir, ORIGIN: server.url }
	});
	return JSON.parse(output.toString());
}

/** Adds a patient with the admin command line; returns their id. */
export function addPatient(
	server: { dataDir: string; url: string },
	patient = { nhsNumber: '9434765919', given: 'Sam', family: 'Jones', birthDate: '1970-05-04' }
): string {
	const created = runAdmin(
		server,
		...['create-patient', '--nhs-number', patient.nhsNumber, '--given', patient.given],
		...['--family', patient.family, '--birth-date', patient.birthDate]
	);
	return String(created.id);
}
