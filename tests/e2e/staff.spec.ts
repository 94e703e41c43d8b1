import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { StaffConsole } from './pages/staff-console';
import { e2ePort } from './support/ports';

const PORT = e2ePort(3);
const ORIGIN = `http://localhost:${PORT}`;
const STAFF = { email: 'lead@example.nhs.uk', name: 'Alex Lead', password: 'kettle orbit lantern' };
const PATIENT = {
	givenName: 'Sam',
	familyName: 'Jones',
	birthDate: { day: '4', month: '5', year: '1970' },
	nhsNumber: '9434765919'
};
const CODE = /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/;

/**
 * The built app on its own port and data folder, keeping what it prints: the first start
 * prints the one-time setup link, which is how the first staff account is made here.
 */
class StaffServer {
	readonly dataDir = mkdtempSync(join(tmpdir(), 'tend-e2e-staff-'));
	setupLink = '';
	#child: ChildProcess | undefined;

	async start(): Promise<void> {
		const child = spawn(process.execPath, ['server.js'], {
			env: { ...process.env, PORT: String(PORT), DATA_DIR: this.dataDir, ORIGIN },
			stdio: ['ignore', 'pipe', 'inherit']
		});
		this.#child = child;
		let stdout = '';
		await new Promise<void>((done, failed) => {
			const timer = setTimeout(() => failed(new Error(`No start:\n${stdout}`)), 15_000);
			child.stdout?.on('data', (chunk) => {
				stdout += chunk;
				const link = stdout.match(/(http:\/\/\S+\/staff\/setup#token=[\w-]+)/)?.[1];
				if (link && stdout.includes('Listening')) {
					this.setupLink = link;
					clearTimeout(timer);
					done();
				}
			});
		});
	}

	/** Runs SQL on the service's database, as another process would. */
	sql(statement: string, ...params: unknown[]): void {
		const db = new Database(join(this.dataDir, 'tend.sqlite'));
		try {
			db.prepare(statement).run(...params);
		} finally {
			db.close();
		}
	}

	async dispose(): Promise<void> {
		const child = this.#child;
		if (child && child.exitCode === null) {
			const exited = new Promise((done) => child.once('exit', done));
			child.kill('SIGTERM');
			await exited;
		}
		rmSync(this.dataDir, { recursive: true, force: true });
	}
}

const server = new StaffServer();
/** Shared along the journey: the patient's page and the code issued for them. */
let patientPath = '';
let issuedCode = '';

test.use({ baseURL: ORIGIN });
test.describe.configure({ mode: 'serial' });
test.beforeAll(() => server.start());
test.afterAll(() => server.dispose());

async function signedIn(page: Page): Promise<StaffConsole> {
	const staff = new StaffConsole(page);
	await staff.goto('/staff/sign-in');
	await staff.signIn(STAFF.email, STAFF.password);
	await expect(staff.heading).toHaveText('Patients');
	return staff;
}

test.describe('staff console', () => {
	test('sends someone who is not signed in to the sign-in page', async ({ page, checkA11y }) => {
		const staff = new StaffConsole(page);
		await staff.goto('/staff');
		await expect(page).toHaveURL(/\/staff\/sign-in$/);
		await expect(staff.heading).toHaveText('Sign in to the staff console');
		await checkA11y();
	});

	test('creates the first account from the one-time setup link, whose token never reaches the server in a URL', async ({
		page,
		context,
		checkA11y
	}) => {
		const token = server.setupLink.split('#token=')[1] ?? '';
		const urls: string[] = [];
		page.on('request', (request) => urls.push(request.url()));
		const staff = new StaffConsole(page);
		await staff.goto(server.setupLink);
		await expect(staff.heading).toHaveText('Create the first staff account');
		await checkA11y();

		const form = staff.main.locator('form');
		await form.getByLabel('Your name').fill(STAFF.name);
		await form.getByLabel('Email address').fill(STAFF.email);
		await form.getByLabel('Create a password').fill('too short');
		await form.getByRole('button', { name: 'Create account and sign in' }).click();
		await expect(staff.errorSummary).toContainText('Your password must be at least 12 characters');
		await expect(form.getByLabel('Email address')).toHaveValue(STAFF.email);
		await checkA11y();

		await form.getByLabel('Create a password').fill(STAFF.password);
		await form.getByRole('button', { name: 'Create account and sign in' }).click();
		await expect(staff.heading).toHaveText('Patients');
		await expect(staff.header).toContainText(`Signed in as ${STAFF.name}`);
		await expect(staff.main).toContainText('There are no patients yet');
		await checkA11y();
		expect(urls.filter((url) => url.includes(token))).toEqual([]);

		const cookie = (await context.cookies()).find((c) => c.name === 'tend_staff');
		expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/staff' });
		expect(cookie?.secure).toBe(false); // plain http here; Secure whenever it is https

		await staff.goto(server.setupLink);
		await expect(staff.heading).toHaveText('Setup is done');
		await expect(
			staff.main.getByRole('link', { name: 'Sign in to the staff console' })
		).toBeVisible();
		await checkA11y();
	});

	test('signs out, refuses a wrong password, then signs in', async ({ page, checkA11y }) => {
		const staff = await signedIn(page);
		await staff.signOut();
		await expect(page).toHaveURL(/\/staff\/sign-in\?signed-out=manual$/);
		await expect(staff.main).toContainText('You have signed out.');
		await checkA11y();

		await staff.signIn(STAFF.email, 'not the password');
		await expect(staff.errorSummary).toContainText('The email address or password is not correct');
		await expect(staff.main.getByLabel('Email address')).toHaveValue(STAFF.email);
		await checkA11y();

		await staff.signIn(STAFF.email, STAFF.password);
		await expect(staff.heading).toHaveText('Patients');
	});

	test('adds a patient, checking the NHS number and keeping what was typed', async ({
		page,
		checkA11y
	}) => {
		const staff = await signedIn(page);
		await staff.main.getByRole('button', { name: 'Add a patient' }).click();
		await expect(staff.heading).toHaveText('Add a patient');
		await checkA11y();

		await staff.addPatient({ ...PATIENT, nhsNumber: '943 476 5918' });
		await expect(staff.errorSummary).toContainText('Enter a valid NHS number');
		await expect(staff.main.locator('#nhs-number-error')).toContainText('Enter a valid NHS number');
		await expect(staff.main.getByLabel('Given name')).toHaveValue('Sam');
		await expect(staff.main.getByLabel('NHS number')).toHaveValue('943 476 5918');
		await checkA11y();

		await staff.addPatient(PATIENT);
		await expect(staff.heading).toHaveText('Sam Jones');
		await expect(staff.main).toContainText('943 476 5919');
		await expect(staff.main).toContainText('4 May 1970');
		patientPath = new URL(page.url()).pathname;
		await checkA11y();

		for (const search of ['jones', '943 476', 'Sam J']) {
			await staff.goto(`/staff?q=${encodeURIComponent(search)}`);
			await expect(staff.main.getByRole('link', { name: 'Jones, Sam' })).toBeVisible();
		}
		await checkA11y();
		await staff.goto('/staff');
		await staff.main.getByLabel('Search by name or NHS number').fill('nobody at all');
		await staff.main.getByRole('button', { name: 'Search' }).click();
		await expect(staff.main).toContainText('No patients match your search');
		await checkA11y();
	});

	test('issues a code shown once, with a printable letter and QR code', async ({
		page,
		checkA11y
	}) => {
		const staff = await signedIn(page);
		await staff.main.getByRole('link', { name: 'Jones, Sam' }).click();
		await staff.ready();
		await expect(staff.section('Linked devices')).toContainText('No phones or browsers');
		await expect(staff.section('Pain scores received')).toContainText('No pain scores');
		await checkA11y();

		await staff.section('Enrolment codes').getByRole('radio', { name: 'A carer' }).check();
		await staff.submit(
			staff.section('Enrolment codes').getByRole('button', { name: 'Issue code' })
		);
		await expect(staff.errorSummary).toContainText('Enter the carer’s name');
		await checkA11y();

		await staff.issueCode();
		const panel = staff.main.locator('.nhsuk-panel');
		await expect(panel).toContainText('Code issued');
		issuedCode = (await panel.locator('.tend-issued-code').textContent())?.trim() ?? '';
		expect(issuedCode).toMatch(CODE);
		expect(page.url()).not.toContain(issuedCode);

		const letter = staff.main.getByRole('region', { name: 'Link Tend to your pain service' });
		await expect(letter).toContainText('Dear Sam Jones,');
		await expect(letter).toContainText(issuedCode);
		await expect(letter).toContainText(`${ORIGIN}/link`);
		const qr = letter.getByRole('img', { name: /Square code to scan/ });
		const src = (await qr.getAttribute('src')) ?? '';
		expect(src).toMatch(/^data:image\/svg\+xml;base64,/);
		expect(Buffer.from(src.split(',')[1] ?? '', 'base64').toString()).toContain('<svg');
		await expect
			.poll(() => qr.evaluate((img: HTMLImageElement) => img.naturalWidth))
			.toBeGreaterThan(0);
		await checkA11y();

		await page.emulateMedia({ media: 'print' });
		await expect(letter).toBeVisible();
		await expect(panel).toBeHidden();
		await expect(staff.header).toBeHidden();
		await page.emulateMedia({ media: 'screen' });

		// Shown once: opening the page again shows only the code's first group in the list.
		await staff.goto(patientPath);
		await expect(staff.main).not.toContainText(issuedCode);
		const codes = staff.section('Enrolment codes').locator('tbody tr');
		await expect(codes).toHaveCount(1);
		await expect(codes.first()).toContainText(issuedCode.slice(0, 4));
		await expect(codes.first()).toContainText('Not used yet');
	});

	test('shows linked devices and pain scores, and revokes a device after confirming', async ({
		page,
		request,
		checkA11y
	}) => {
		const enrol = await request.post('/api/enrol', {
			data: { code: issuedCode, deviceName: 'Sam’s phone' }
		});
		expect(enrol.status()).toBe(201);
		const { token, patient } = await enrol.json();
		const observation = {
			resourceType: 'Observation',
			identifier: [{ system: 'urn:ietf:rfc:3986', value: `urn:uuid:${crypto.randomUUID()}` }],
			status: 'final',
			code: { coding: [{ system: 'http://loinc.org', code: '72514-3' }] },
			subject: { reference: `Patient/${patient.id}` },
			effectiveDateTime: '2026-05-10T08:30:00Z',
			valueInteger: 6
		};
		const sent = await request.post('/fhir', {
			headers: { authorization: `Bearer ${token}`, 'content-type': 'application/fhir+json' },
			data: {
				resourceType: 'Bundle',
				type: 'transaction',
				entry: [
					{
						resource: observation,
						request: {
							method: 'POST',
							url: 'Observation',
							ifNoneExist: `identifier=urn:ietf:rfc:3986|${observation.identifier[0]?.value}`
						}
					}
				]
			}
		});
		expect(sent.ok()).toBe(true);

		const staff = await signedIn(page);
		await staff.goto(patientPath);
		const devices = staff.rows('Linked devices');
		await expect(devices).toHaveCount(1);
		await expect(devices.first()).toContainText('Sam’s phone');
		await expect(devices.first()).toContainText('Patient');
		await expect(devices.first()).toContainText('Active');
		const scores = staff.rows('Pain scores received');
		await expect(scores).toHaveCount(1);
		await expect(scores.first()).toContainText('6');
		await expect(scores.first()).toContainText('Patient, on Sam’s phone');
		await checkA11y();

		await staff.submit(
			devices.first().getByRole('button', { name: 'Revoke access for Sam’s phone' })
		);
		await expect(staff.main).toContainText('Revoke access for Sam’s phone?');
		await checkA11y();
		await staff.submit(staff.main.getByRole('button', { name: 'Yes, revoke access' }));
		await expect(staff.main).toContainText('Access for Sam’s phone has been revoked.');
		await expect(staff.rows('Linked devices').first()).toContainText('Revoked on');
		await checkA11y();

		const refused = await request.get(
			`/fhir/Observation?identifier=${observation.identifier[0]?.value}`,
			{
				headers: { authorization: `Bearer ${token}` }
			}
		);
		expect(refused.status()).toBe(401);
	});

	test('says "page not found" for an unknown patient', async ({ page, checkA11y }) => {
		const staff = await signedIn(page);
		const response = await page.goto('/staff/patients/00000000-0000-0000-0000-000000000000');
		expect(response?.status()).toBe(404);
		await staff.ready();
		await expect(staff.heading).toHaveText('Page not found');
		await checkA11y();
	});

	test('signs out a session idle for 30 minutes, and says why', async ({ page, checkA11y }) => {
		const staff = await signedIn(page);
		const longAgo = new Date(Date.now() - 31 * 60_000).toISOString();
		server.sql('UPDATE staff_session SET last_seen_at = ?', longAgo);
		await staff.goto('/staff');
		await expect(page).toHaveURL(/\/staff\/sign-in\?signed-out=idle$/);
		await expect(staff.main).toContainText('not used for 30 minutes');
		await checkA11y();
	});

	test('stops password guessing after 5 failures, with the same words for any email', async ({
		page,
		checkA11y
	}) => {
		const staff = new StaffConsole(page);
		await staff.goto('/staff/sign-in');
		for (let attempt = 0; attempt < 5; attempt++) {
			await staff.signIn('someone@example.nhs.uk', `guess ${attempt}`);
			await expect(staff.errorSummary).toContainText(
				'The email address or password is not correct'
			);
		}
		await staff.signIn('someone@example.nhs.uk', 'guess 6');
		await expect(staff.errorSummary).toContainText('too many attempts to sign in');
		await checkA11y();
	});
});
