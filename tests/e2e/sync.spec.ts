import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { linkWithCode as link, recentScores as recent, saveScore } from './pages/checkin-steps';
import { StaffConsole } from './pages/staff-console';
import { AppServer } from './support/app-server';
import { e2ePort } from './support/ports';
import {
	addPatient,
	adminCli,
	adminCliWithInput,
	revokeAllDevices,
	storedObservations
} from './support/service-data';

// The whole round trip on the real built service: a code from the admin CLI, linking in
// the browser, pain scores saved with the server stopped, sent once it is back, seen once
// by staff, and a device revoked by the service.
const server = new AppServer(e2ePort(4));
const STAFF = {
	email: 'nurse@example.nhs.uk',
	name: 'Jo Nurse',
	password: 'harbour violet engine'
};
test.use({ baseURL: server.url });
test.describe.configure({ mode: 'serial' });
test.beforeAll(() => server.start());
test.afterAll(() => server.dispose());

const admin = (...args: string[]) => adminCli(server, ...args);
const observationsOnServer = () => storedObservations(server);

let patientId = '';

test('links with a code, sends pain scores saved offline once the service is back, exactly once', async ({
	page,
	checkA11y
}) => {
	patientId = addPatient(server);
	const { code } = admin('issue-code', '--patient', patientId);
	const app = new AppPage(page);

	await app.goto('/link');
	await checkA11y();
	await link(page, code ?? '');
	await expect(page.getByRole('main')).toContainText('Sam Jones');
	await checkA11y();

	await app.goto('/');
	await app.waitForServiceWorker();
	await saveScore(page, 3);
	await expect(
		recent(page)
			.getByText(/^Sent on /)
			.first()
	).toBeVisible({ timeout: 15_000 });

	// No service: the scores are kept and wait.
	await server.stop();
	await saveScore(page, 5);
	await saveScore(page, 8);
	// Retries keep trying in the background: each shows as waiting or sending, never sent.
	await expect(recent(page).getByText(/^(Waiting to send|Sending)$/)).toHaveCount(2);
	await expect(recent(page).getByText(/^Sent on /)).toHaveCount(1);
	await checkA11y();
	expect(observationsOnServer()).toHaveLength(1);

	// The service is back: "Send now" sends everything, once.
	await server.start();
	await app.goto('/settings');
	await page.getByRole('button', { name: 'Send now' }).click();
	await expect(
		page
			.getByRole('status')
			.filter({ hasText: /sent|waiting/ })
			.first()
	).toBeVisible();
	// Another run may have been sending at that moment; either way everything arrives.
	await expect(page.getByText('All sent to your pain service')).toBeVisible({ timeout: 20_000 });
	await app.goto('/');
	await expect(recent(page).getByText(/^(Waiting to send|Sending)$/)).toHaveCount(0);
	await expect(recent(page).getByText(/^Sent on /)).toHaveCount(3);
	const stored = observationsOnServer();
	expect(stored).toHaveLength(3);
	expect(new Set(stored.map((row) => row.identifier_value)).size).toBe(3);
});

test('staff see each score exactly once', async ({ page, checkA11y }) => {
	adminCliWithInput(
		server,
		`${STAFF.password}\n`,
		'create-staff',
		'--email',
		STAFF.email,
		'--name',
		STAFF.name,
		'--password-stdin'
	);
	const staff = new StaffConsole(page);
	await staff.goto('/staff/sign-in');
	await staff.signIn(STAFF.email, STAFF.password);
	await staff.goto(`/staff/patients/${patientId}`);
	const scores = staff.section('Pain scores received');
	await expect(scores.getByRole('row')).toHaveCount(4); // a header row and three scores
	await checkA11y();
});

test('wrong codes get clear messages, and a code locks after five wrong tries', async ({
	page,
	checkA11y
}) => {
	const { code = '' } = admin('issue-code', '--patient', patientId);
	const app = new AppPage(page);
	await app.goto('/link');
	await link(page, 'ZZZZ-ZZZZ-ZZZZ');
	await expect(page.getByRole('alert').first()).toContainText('We could not find that code');
	await checkA11y();

	const wrong = `${code.slice(0, 5)}${code[5] === '0' ? '1' : '0'}${code.slice(6)}`;
	for (let attempt = 0; attempt < 5; attempt++) await link(page, wrong);
	await expect(page.getByRole('alert').first()).toContainText('locked after too many wrong tries');
	await expect(page.getByLabel('Your code')).toHaveValue(wrong); // nothing typed is lost
	// Even the right code no longer works.
	await link(page, code);
	await expect(page.getByRole('alert').first()).toContainText('locked');
	await checkA11y();
});

test('a device revoked by the service stops sending and says so', async ({ page }) => {
	const { code = '' } = admin('issue-code', '--patient', patientId);
	const app = new AppPage(page);
	await app.goto('/link');
	await link(page, code);
	await expect(page.getByRole('main')).toContainText('Sam Jones');
	revokeAllDevices(server, patientId);

	await app.goto('/');
	await saveScore(page, 6);
	await expect(
		page.getByText('This device is no longer linked to your pain service.').first()
	).toBeVisible({
		timeout: 15_000
	});
	expect(observationsOnServer()).toHaveLength(3);
});
