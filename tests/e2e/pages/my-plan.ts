import { expect, type Locator, type Page } from '@playwright/test';
import type { CarePlanVersion } from '../../../src/lib/careplan/types';
import { putRecord, waitForAppDatabase, writeMeta } from '../support/app-db';
import { AppPage } from './app-page';

/** "My plan" as a person meets it: the plan's parts as headings that open and close. */
export class MyPlanPage extends AppPage {
	constructor(page: Page) {
		super(page);
	}

	/** Opens the app once so its database exists, stores `plan` as the person's own, opens My plan. */
	async openWithOwnPlan(plan: CarePlanVersion): Promise<void> {
		await this.seed(async () => this.storeOwnPlan(plan));
		await this.open();
	}

	/** Opens the app once so its database exists, then runs `write` against it. */
	async seed(write: () => Promise<void>): Promise<void> {
		if (!this.page.url().startsWith('http')) await this.goto('/');
		await waitForAppDatabase(this.page);
		await write();
	}

	async storeOwnPlan(plan: CarePlanVersion): Promise<void> {
		await putRecord(this.page, 'ownCarePlan', { key: 'current', plan });
	}

	async storeMeta(key: string, value: unknown): Promise<void> {
		await writeMeta(this.page, key, value);
	}

	/** Opens My plan and waits until it has read the device's plan (or found none). */
	async open(): Promise<void> {
		await this.goto('/plan');
		await expect(this.main.getByText('Getting your plan ready…')).toHaveCount(0);
		await expect(
			this.main.getByTestId('plan-updated').or(this.main.getByTestId('plan-empty'))
		).toBeVisible();
	}

	/** The heading button that opens and closes a part of the plan. */
	toggle(name: string): Locator {
		return this.main.getByRole('button', { name, exact: true });
	}

	/** A part of the plan, by its heading. */
	section(name: string): Locator {
		return this.main.getByRole('region', { name, exact: true });
	}

	/** The parts of the plan in the order shown. */
	async sectionOrder(): Promise<string[]> {
		return this.main
			.locator('[data-section]')
			.evaluateAll((sections) =>
				sections.map((section) => section.getAttribute('data-section') ?? '')
			);
	}

	/** True when the page is no wider than the window (nothing runs off to the side). */
	async fitsWidth(): Promise<boolean> {
		return this.page.evaluate(
			() => document.documentElement.scrollWidth <= document.documentElement.clientWidth
		);
	}
}
