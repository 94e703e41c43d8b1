import { expect, type Locator, type Page } from '@playwright/test';

/** Fills in and sends the link form on /link. */
export async function linkWithCode(page: Page, code: string): Promise<void> {
	await page.getByLabel('Your code').fill(code);
	await page.getByLabel('A name for this device').fill('Test phone');
	await page.getByRole('button', { name: 'Link this device' }).click();
}

/** Saves a pain score on the home page and waits for "Saved at". */
export async function saveScore(page: Page, score: number): Promise<void> {
	const card = page.getByRole('group', { name: 'How bad is your pain right now?' });
	await card.getByLabel(String(score), { exact: true }).check({ force: true });
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByText(/^Saved at /)).toBeVisible();
}

/** The list of recent scores on the home page, each with where it is. */
export const recentScores = (page: Page): Locator => page.getByTestId('recent-scores');
