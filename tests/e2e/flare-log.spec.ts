import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { FlareLogPage, localDate } from './pages/flare-log';
import { linkWithCode } from './pages/checkin-steps';
import { AppServer } from './support/app-server';
import { e2ePort } from './support/ports';
import { addPatient, adminCli } from './support/service-data';

// The flare log on the real built app: logged and ended offline; a linked patient's flare
// saved with the service stopped and sent once it is back; sharing with a carer, whose own
// device then sees only the shared flare, read-only, and no pain score check-in (H-011).
const server = new AppServer(e2ePort(7));
const ZONE = 'Europe/London';
test.use({ baseURL: server.url, timezoneId: ZONE });
test.describe.configure({ mode: 'serial' });
// Whole journeys with a server restart each: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 90_000 });
test.beforeAll(() => server.start());
test.afterAll(() => server.dispose());

const yesterday = () => localDate(-1, ZONE);
const twoDaysAgo = () => localDate(-2, ZONE);

const admin = (...args: string[]) => adminCli(server, ...args);

/** The flare Observations the service holds: identifier and whether each is shared. */
function flaresOnServer(): Array<{ identifier: string; isShared: boolean }> {
	const db = new Database(join(server.dataDir, 'tend.sqlite'), { readonly: true });
	try {
		const rows = db
			.prepare(
				`SELECT identifier_value, body FROM fhir_resource
				 WHERE resource_type = 'Observation' AND body LIKE '%pain-flare-up%'`
			)
			.all() as Array<{ identifier_value: string; body: string }>;
		return rows.map((row) => ({
			identifier: row.identifier_value,
			isShared: row.body.includes('shared-with-carer')
		}));
	} finally {
		db.close();
	}
}

async function link(page: Page, code: string): Promise<void> {
	const app = new AppPage(page);
	await app.goto('/link');
	await linkWithCode(page, code);
	await expect(page.getByRole('main')).toContainText('Sam Jones');
}

test('logs a flare-up with no signal, ends it, and sees it in the list and the timeline', async ({
	page,
	checkA11y
}) => {
	const log = new FlareLogPage(page);
	await log.goto('/');
	await expect(page.getByRole('link', { name: 'See your flare log' })).toBeVisible();
	await log.waitForServiceWorker();
	await server.stop();
	try {
		await log.goto('/flare-up/log');
		await expect(log.main).toContainText('You have not logged any flare-ups yet.');
		await expect(log.timeline).toContainText('No flare-ups in the last 3 months.');
		await checkA11y();
		await log.main.getByRole('button', { name: 'Log a flare-up' }).click();
		await expect(page.getByLabel('What time did it start?')).toBeVisible();
		await checkA11y(); // the empty form
		await log.goto('/flare-up/log');

		await log.logFlare({
			start: { date: yesterday(), time: '09:00' },
			severity: 6,
			triggers: 'Cold weather\nA long drive'
		});
		const item = log.item('Started');
		await expect(item).toContainText('Still going');
		await expect(item).toContainText('Kept on this device');
		await expect(item).toContainText('6 out of 10');
		await expect(item).toContainText('Cold weather, A long drive');
		await expect(log.main).toContainText('You have a flare-up that is still going.');
		await checkA11y();

		// End it: a wrong end is explained, and nothing typed is lost.
		await item.getByRole('link', { name: /End or change/ }).click();
		await expect(log.heading).toHaveText('Change a flare-up');
		await log.fill({ end: { date: yesterday(), time: '08:00' }, whatHelped: 'Heat pad' });
		await log.save();
		await expect(log.errorSummary).toContainText('The end must be after the start');
		await expect(log.errorSummary).toBeFocused();
		await expect(page.getByLabel('What helped? (optional)')).toHaveValue('Heat pad');
		await expect(page.getByLabel(/might have set it off/)).toHaveValue(
			'Cold weather\nA long drive'
		);
		await checkA11y();
		await log.fillMoment('end', yesterday(), '18:30');
		await log.save();
		await expect(log.heading).toHaveText('Flare log');

		await expect(item).not.toContainText('Still going');
		await expect(item).toContainText('9 hours and 30 minutes');
		await expect(item).toContainText('Heat pad');
		await expect(log.timeline).toContainText(
			'1 flare-up in the last 3 months. The worst pain was 6 out of 10.'
		);
		await log.timeline.getByText('Show the last 3 months as a table').click();
		await expect(log.timeline.getByRole('row')).toHaveCount(2);
		await expect(log.timeline.getByRole('row').nth(1)).toContainText('9 hours and 30 minutes');
		await checkA11y();
	} finally {
		await server.start();
	}
});

let patientId = '';

test('a linked patient’s flare saved with the service stopped is sent once it is back, once', async ({
	page,
	checkA11y
}) => {
	patientId = addPatient(server);
	await link(page, admin('issue-code', '--patient', patientId).code ?? '');
	const log = new FlareLogPage(page);
	await log.goto('/flare-up/log');
	await log.waitForServiceWorker();

	await server.stop();
	await log.logFlare({
		start: { date: twoDaysAgo(), time: '10:00' },
		severity: 5,
		end: { date: twoDaysAgo(), time: '16:00' },
		send: true
	});
	await expect(log.main).toContainText('will be sent to your pain service');
	const item = log.item('Started');
	await expect(item.getByText(/^(Waiting to send|Sending)$/)).toBeVisible();
	await expect(item).toContainText('can no longer be changed');
	await expect(item.getByRole('link', { name: /Change/ })).toHaveCount(0);
	await checkA11y();
	expect(flaresOnServer()).toHaveLength(0);

	await server.start();
	await log.goto('/settings');
	await page.getByRole('button', { name: 'Send now' }).click();
	await expect(page.getByText('All sent to your pain service')).toBeVisible({ timeout: 20_000 });
	await log.goto('/flare-up/log');
	await expect(item.getByText(/^Sent on /)).toBeVisible();
	await checkA11y();
	expect(flaresOnServer()).toEqual([{ identifier: expect.any(String), isShared: false }]);
});

test('the patient shares the flare log; their carer sees only the shared flare, read-only', async ({
	page,
	browser,
	checkA11y
}) => {
	// The patient's device again: link, turn sharing on, send a flare and a pain score.
	await link(page, admin('issue-code', '--patient', patientId).code ?? '');
	const log = new FlareLogPage(page);
	await log.goto('/settings');
	const share = page.getByTestId('share-flare-log');
	await share.getByLabel('Share my flare log with my carer').check({ force: true });
	await expect(share.getByRole('status')).toContainText('will be shared with your carer');
	await checkA11y();

	await log.goto('/flare-up/log');
	await log.logFlare({
		start: { date: yesterday(), time: '07:15' },
		severity: 8,
		triggers: 'Gardening',
		end: { date: yesterday(), time: '11:45' },
		send: true
	});
	await expect(
		log
			.item('Started')
			.first()
			.getByText(/^Sent on /)
	).toBeVisible({
		timeout: 15_000
	});
	await expect(log.item('Started').first()).toContainText('Shared with your carer');
	await log.goto('/');
	const score = page.getByRole('group', { name: 'How bad is your pain right now?' });
	await score.getByLabel('4', { exact: true }).check({ force: true });
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByTestId('recent-scores').getByText(/^Sent on /)).toBeVisible({
		timeout: 15_000
	});
	await expect.poll(() => flaresOnServer().filter((flare) => flare.isShared)).toHaveLength(1);
	expect(flaresOnServer()).toHaveLength(2);

	// The carer's own device.
	const carerCode = admin(
		'issue-code',
		'--patient',
		patientId,
		'--role',
		'carer',
		'--carer-name',
		'Alex Jones',
		'--relationship',
		'daughter'
	).code;
	const carerContext = await browser.newContext({ timezoneId: ZONE, locale: 'en-GB' });
	const carerPage = await carerContext.newPage();
	try {
		await link(carerPage, carerCode ?? '');
		const carer = new FlareLogPage(carerPage);
		await carer.goto('/');
		await expect(carer.navigation.getByRole('link', { name: 'Flare-up' })).toBeVisible();
		await expect(carer.navigation.getByRole('link', { name: 'Check-in' })).toHaveCount(0);
		await expect(carer.main.getByRole('link', { name: 'Check-in' })).toHaveCount(0);
		await expect(carerPage.getByText('How bad is your pain right now?')).toHaveCount(0);
		await checkA11y(carerPage);

		await carer.goto('/flare-up/log');
		await expect(carer.main).toContainText('These are the flare-ups Sam Jones chose to share');
		await expect(carer.list.getByRole('listitem')).toHaveCount(1);
		const shared = carer.list.getByRole('listitem');
		await expect(shared).toContainText('Shared by Sam Jones');
		await expect(shared).toContainText('8 out of 10');
		await expect(shared).toContainText('Gardening');
		await expect(shared).toContainText('4 hours and 30 minutes');
		await expect(shared.getByRole('link')).toHaveCount(0);
		await expect(carer.main.getByRole('button', { name: 'Log a flare-up' })).toHaveCount(0);
		await expect(carer.timeline).toContainText('1 flare-up in the last 3 months');
		await checkA11y(carerPage);

		await carer.goto('/flare-up/log/edit');
		await expect(carer.main).toContainText('Only the person you care for can log');
		await expect(carerPage.getByRole('button', { name: 'Save', exact: true })).toHaveCount(0);
		await checkA11y(carerPage);

		await carer.goto('/settings');
		await expect(carerPage.getByTestId('service-section')).toContainText('Sam Jones');
		await expect(carerPage.getByTestId('share-flare-log')).toHaveCount(0);
		await checkA11y(carerPage);
	} finally {
		await carerContext.close();
	}
});
