import { expect, type Locator, type Page } from '@playwright/test';
import type { StoredResponse } from '../../../src/lib/proms/stored-response';
import { putRecord } from '../support/app-db';
import { AppPage } from './app-page';

/** The trends page of one questionnaire (/questionnaires/trends?q=<slug>), by role and label. */
export class TrendsPage extends AppPage {
	constructor(page: Page) {
		super(page);
	}

	async open(slug: string): Promise<void> {
		await this.goto(`/questionnaires/trends?q=${slug}`);
	}

	/** The section of one score, by its heading. */
	section(score: string | RegExp): Locator {
		return this.main.getByRole('region', { name: score });
	}

	/** The one-sentence summary of a score's section. */
	summary(section: Locator): Locator {
		return section.getByTestId('trend-summary');
	}

	/** The chart of a score: an image named by its summary. */
	chart(section: Locator): Locator {
		return section.getByRole('img');
	}

	/** The cells of each body row of a score's table, newest first. */
	async rows(section: Locator): Promise<string[][]> {
		const table = section.getByRole('table');
		await expect(table).toBeVisible();
		return table
			.locator('tbody tr')
			.evaluateAll((rows) =>
				rows.map((row) =>
					[...row.querySelectorAll('td')].map((cell) => (cell.textContent ?? '').trim())
				)
			);
	}

	/** Stores completed responses in the app's database, as submitting them would. */
	async store(...responses: StoredResponse[]): Promise<void> {
		for (const response of responses) await putRecord(this.page, 'promResponses', response);
	}

	/** True when nothing on the page is wider than the window. */
	async fitsWidth(): Promise<boolean> {
		return this.page.evaluate(
			() => document.documentElement.scrollWidth <= document.documentElement.clientWidth
		);
	}
}
