import { expect, type Locator, type Page } from '@playwright/test';

/** The patient app's shell as a person meets it: header, navigation, main content. */
export class AppPage {
	readonly main: Locator;
	readonly heading: Locator;
	readonly urgentHelpLink: Locator;
	readonly navigation: Locator;

	constructor(readonly page: Page) {
		this.main = page.locator('main#maincontent');
		this.heading = this.main.getByRole('heading', { level: 1 });
		this.urgentHelpLink = page.getByRole('banner').getByRole('link', { name: /urgent help/i });
		this.navigation = page.getByRole('navigation', { name: /primary|menu|main/i });
	}

	/** Opens a page and waits until the app has started (preferences applied). */
	async goto(path = '/'): Promise<void> {
		await this.page.goto(path);
		await this.ready();
	}

	/** Waits until the page is hydrated: before that a click on a prerendered control is lost. */
	async ready(): Promise<void> {
		await expect(this.heading).toBeVisible();
		await this.page.waitForFunction(() => performance.getEntriesByName('tend:hydrated').length > 0);
		await expect(this.page.locator('html')).not.toHaveClass(/i18n-pending/);
	}

	/** Presses Tab until `target` has focus, as someone without a mouse would. */
	async tabTo(target: Locator, maxPresses = 80): Promise<void> {
		for (let presses = 0; presses < maxPresses; presses++) {
			if (await target.evaluate((element) => element === document.activeElement)) return;
			await this.page.keyboard.press('Tab');
		}
		throw new Error(`could not reach ${target} with the Tab key`);
	}

	/** Waits until a service worker controls the page (reloading once if needed). */
	async waitForServiceWorker(): Promise<void> {
		await this.page.evaluate(() => navigator.serviceWorker.ready);
		if (!(await this.page.evaluate(() => !!navigator.serviceWorker.controller))) {
			await this.page.reload();
		}
		await expect
			.poll(() => this.page.evaluate(() => !!navigator.serviceWorker.controller))
			.toBe(true);
	}
}

/** Every page of the shell, with its English heading. */
export const SHELL_PAGES = [
	{ path: '/', heading: 'Tend' },
	{ path: '/plan', heading: 'My plan' },
	{ path: '/flare-up', heading: 'Flare-up' },
	{ path: '/questionnaires', heading: 'Questionnaires' },
	{ path: '/learn', heading: 'Learn' },
	{ path: '/follow-up', heading: 'Follow-up' },
	{ path: '/check-in', heading: 'Check-in' },
	{ path: '/settings', heading: 'Settings' },
	{ path: '/urgent-help', heading: 'Get urgent help' }
] as const;
