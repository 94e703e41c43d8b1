import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The UI gallery (/ui-gallery): every UI kit component in every fixture state. */
class GalleryPage {
	readonly main: Locator;
	readonly demo: Locator;

	constructor(readonly page: Page) {
		this.main = page.locator('main#maincontent');
		this.demo = page.locator('#form-demo');
	}

	/** Opens the gallery and waits until it is hydrated, so handlers answer. */
	async goto(): Promise<void> {
		await this.page.goto('/ui-gallery');
		await expect(this.main).toHaveAttribute('data-hydrated', 'true');
	}

	async setDirection(dir: 'ltr' | 'rtl'): Promise<void> {
		await this.page.evaluate((value) => (document.documentElement.dir = value), dir);
	}

	output(id: string): Locator {
		return this.page.locator(`#demo-${id}-output`);
	}

	get painScale(): Locator {
		return this.demo.getByRole('group', { name: 'How bad is your pain right now?' });
	}
}

test.describe('UI gallery', () => {
	test('passes axe left to right and right to left', async ({ page, checkA11y }) => {
		const gallery = new GalleryPage(page);
		await gallery.goto();
		await checkA11y();
		await gallery.setDirection('rtl');
		await checkA11y();
	});

	test('passes axe with high contrast and the largest text', async ({ page, checkA11y }) => {
		const gallery = new GalleryPage(page);
		await gallery.goto();
		await page.evaluate(() => {
			document.documentElement.dataset.contrast = 'high';
			document.documentElement.dataset.textSize = 'larger';
		});
		await checkA11y();
	});

	test('the error summary takes focus and its links move focus to the fields', async ({
		page,
		checkA11y
	}) => {
		const gallery = new GalleryPage(page);
		await gallery.goto();
		await gallery.demo.getByRole('button', { name: 'Send' }).click();

		const summary = page.locator('#demo-error-summary');
		await expect(summary).toBeFocused();
		await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
		await expect(page.locator('#demo-name-error')).toHaveText('Error: Enter your name');
		await checkA11y();

		await summary.getByRole('link', { name: 'Enter your name' }).click();
		await expect(page.locator('#demo-name')).toBeFocused();

		await summary.getByRole('link', { name: 'Choose how we should contact you' }).click();
		await expect(page.locator('#demo-contact')).toBeFocused();

		await summary.getByRole('link', { name: 'Choose a score from 0 to 10' }).click();
		await expect(page.locator('#demo-pain')).toBeFocused();

		// Sending again with the same gaps moves focus back to the summary.
		await gallery.demo.getByRole('button', { name: 'Send' }).click();
		await expect(summary).toBeFocused();
	});

	test('the scale works with arrow keys and by click, and reports its value', async ({ page }) => {
		const gallery = new GalleryPage(page);
		await gallery.goto();
		const scale = gallery.painScale;
		await expect(scale.getByRole('radio')).toHaveCount(11);
		await expect(scale.getByRole('radio', { name: '0', exact: true })).toHaveAccessibleDescription(
			'0 = no pain'
		);

		await scale.getByRole('radio', { name: '0', exact: true }).focus();
		await page.keyboard.press('Space');
		await expect(gallery.output('pain')).toHaveText('Pain score: 0');
		for (let step = 0; step < 3; step++) await page.keyboard.press('ArrowRight');
		await expect(gallery.output('pain')).toHaveText('Pain score: 3');
		await page.keyboard.press('ArrowLeft');
		await expect(gallery.output('pain')).toHaveText('Pain score: 2');

		await scale.getByRole('radio', { name: '7', exact: true }).click();
		await expect(scale.getByRole('radio', { name: '7', exact: true })).toBeChecked();
		await expect(gallery.output('pain')).toHaveText('Pain score: 7');
	});

	test('each scale option is a target of at least 44 by 44 pixels, on a phone too', async ({
		page
	}) => {
		await page.setViewportSize({ width: 320, height: 640 });
		const gallery = new GalleryPage(page);
		await gallery.goto();
		const labels = gallery.painScale.locator('label');
		await expect(labels).toHaveCount(11);
		for (const box of await labels.evaluateAll((all) =>
			all.map((label) => label.getBoundingClientRect().toJSON() as DOMRect)
		)) {
			expect(box.width).toBeGreaterThanOrEqual(44);
			expect(box.height).toBeGreaterThanOrEqual(44);
		}
		const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(scrollWidth, 'no sideways scrolling at 320px').toBeLessThanOrEqual(320);
	});

	test('text input, radios and checkboxes bind their values', async ({ page }) => {
		const gallery = new GalleryPage(page);
		await gallery.goto();
		await gallery.demo.getByLabel('Your name').fill('Sam');
		await expect(gallery.output('name')).toHaveText('Name: Sam');

		await gallery.demo.getByRole('radio', { name: 'Text message' }).check();
		await expect(gallery.output('contact')).toHaveText('Contact: text');

		const helps = gallery.demo.getByRole('group', { name: 'What helps?' });
		await helps.getByRole('checkbox', { name: 'Resting' }).check();
		await helps.getByRole('checkbox', { name: 'Heat' }).check();
		await expect(gallery.output('helps')).toHaveText('Helps: heat, rest');

		// "None of these" clears the others, and ticking another clears it.
		await helps.getByRole('checkbox', { name: 'None of these' }).check();
		await expect(gallery.output('helps')).toHaveText('Helps: none');
		await expect(helps.getByRole('checkbox', { name: 'Heat' })).not.toBeChecked();
		await helps.getByRole('checkbox', { name: 'Heat' }).check();
		await expect(helps.getByRole('checkbox', { name: 'None of these' })).not.toBeChecked();
		await expect(gallery.output('helps')).toHaveText('Helps: heat');

		const started = gallery.demo.getByRole('group', { name: 'When did the flare-up start?' });
		await started.getByLabel('Day').fill('27');
		await started.getByLabel('Month').fill('3');
		await started.getByLabel('Year').fill('2024');
		await expect(gallery.output('started')).toHaveText('Started: 27/3/2024');
	});

	test('a button with href is a link, a plain one is a button', async ({ page }) => {
		const gallery = new GalleryPage(page);
		await gallery.goto();
		const link = page.locator('#gallery-link-button');
		await expect(link).toHaveRole('button');
		expect(await link.evaluate((element) => element.tagName)).toBe('A');
		await expect(link).toHaveAttribute('href', '#buttons');

		const button = page.getByRole('button', { name: 'Save and continue' });
		expect(await button.evaluate((element) => element.tagName)).toBe('BUTTON');
		await expect(button).toHaveAttribute('type', 'button');
		await expect(page.getByRole('button', { name: 'Disabled button' })).toBeDisabled();

		// Announced as a button, the link also answers the space bar.
		await link.focus();
		await page.keyboard.press('Space');
		await expect(page).toHaveURL(/#buttons$/);
	});

	test('details open and close by keyboard', async ({ page }) => {
		const gallery = new GalleryPage(page);
		await gallery.goto();
		const details = page.locator('#gallery-details');
		const summary = details.locator('summary');
		await expect(details).not.toHaveAttribute('open');
		await summary.focus();
		await page.keyboard.press('Enter');
		await expect(details).toHaveAttribute('open');
		await expect(details.getByText('Poor sleep can make pain feel worse')).toBeVisible();
		await page.keyboard.press('Space');
		await expect(details).not.toHaveAttribute('open');
	});

	test('the skip link moves focus to the main content', async ({ page }) => {
		const gallery = new GalleryPage(page);
		await gallery.goto();
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'Skip to main content' });
		await expect(skip).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(gallery.main).toBeFocused();
	});

	test('a table has its caption, column and row headers, and scrolls in its own box on a phone', async ({
		page
	}) => {
		await page.setViewportSize({ width: 320, height: 640 });
		const gallery = new GalleryPage(page);
		await gallery.goto();
		const pain = page.getByRole('table', { name: 'Pain scores this week' });
		await expect(pain.getByRole('columnheader')).toHaveText(['Day', 'Pain score', 'Note']);
		await expect(pain.getByRole('row')).toHaveCount(4);
		const box = page.getByRole('region', { name: 'Pain scores this week' });
		await expect(box).toHaveAttribute('tabindex', '0');
		await expect(box).toHaveCSS('overflow-x', 'auto');
		const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(scrollWidth, 'the page itself does not scroll sideways').toBeLessThanOrEqual(320);

		const medicines = page.getByRole('table', { name: /^Your medicines/ });
		await expect(medicines.getByRole('rowheader')).toHaveText(['Paracetamol', 'Amitriptyline']);
		await expect(page.getByRole('region', { name: 'Pain scores last week' })).toHaveCount(0);
	});
});
