import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app-page';

export interface LocalDate {
	day: string;
	month: string;
	year: string;
}

/** The date `daysFromToday` days from today in a time zone, as the date boxes take it. */
export function localDate(daysFromToday: number, timeZone: string): LocalDate {
	const parts = new Intl.DateTimeFormat('en-GB', {
		timeZone,
		day: 'numeric',
		month: 'numeric',
		year: 'numeric'
	}).formatToParts(new Date(Date.now() + daysFromToday * 86_400_000));
	const part = (type: string) => parts.find((item) => item.type === type)?.value ?? '';
	return { day: part('day'), month: part('month'), year: part('year') };
}

export interface FlareInput {
	start?: { date: LocalDate; time: string };
	severity?: number;
	triggers?: string;
	whatIDid?: string;
	whatHelped?: string;
	end?: { date: LocalDate; time: string };
	send?: boolean;
}

/** The flare log (/flare-up/log) and its form (/flare-up/log/edit), by role and label. */
export class FlareLogPage extends AppPage {
	readonly list: Locator;
	readonly timeline: Locator;
	readonly errorSummary: Locator;

	constructor(page: Page) {
		super(page);
		this.list = page.getByTestId('flare-log');
		this.timeline = page.getByRole('figure');
		this.errorSummary = page.locator('.nhsuk-error-summary');
	}

	/** The list item of the flare that started at `when` (its heading's words). */
	item(startedText: string | RegExp): Locator {
		return this.list.getByRole('listitem').filter({ hasText: startedText });
	}

	async fillMoment(which: 'start' | 'end', date: LocalDate, time: string): Promise<void> {
		const group = this.page.getByRole('group', { name: `What day did it ${which}?` });
		await group.getByLabel('Day').fill(date.day);
		await group.getByLabel('Month').fill(date.month);
		await group.getByLabel('Year').fill(date.year);
		await this.page.getByLabel(`What time did it ${which}?`).fill(time);
	}

	/** Fills in the form with what is given; leaves the rest as it is. */
	async fill(input: FlareInput): Promise<void> {
		if (input.start) await this.fillMoment('start', input.start.date, input.start.time);
		if (input.severity !== undefined) {
			await this.page
				.getByRole('group', { name: 'How bad was the pain at its worst?' })
				.getByLabel(String(input.severity), { exact: true })
				.check({ force: true });
		}
		if (input.triggers !== undefined)
			await this.page.getByLabel(/might have set it off/).fill(input.triggers);
		if (input.whatIDid !== undefined)
			await this.page.getByLabel('What did you do? (optional)').fill(input.whatIDid);
		if (input.whatHelped !== undefined)
			await this.page.getByLabel('What helped? (optional)').fill(input.whatHelped);
		if (input.end) {
			await this.page.getByLabel('No, it has ended').check({ force: true });
			await this.fillMoment('end', input.end.date, input.end.time);
		}
		if (input.send !== undefined)
			await this.page.getByLabel('Send this to my pain service').setChecked(input.send, {
				force: true
			});
	}

	async save(): Promise<void> {
		await this.page.getByRole('button', { name: 'Save', exact: true }).click();
	}

	/** Logs a flare from the log page and waits until the log shows it saved. */
	async logFlare(input: FlareInput): Promise<void> {
		await this.main.getByRole('button', { name: 'Log a flare-up' }).click();
		await expect(this.heading).toHaveText('Log a flare-up');
		await this.fill(input);
		await this.save();
		await expect(this.heading).toHaveText('Flare log');
		await expect(this.main.getByRole('heading', { name: 'Flare-up saved' })).toBeVisible();
	}
}
