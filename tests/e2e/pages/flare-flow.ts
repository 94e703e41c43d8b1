import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app-page';

/**
 * The guided flare-up flow (/flare-up) as a person meets it, driven by keyboard only:
 * Tab to a control, then Space, an arrow key or Enter, as someone without a mouse would.
 */
export class FlareFlow extends AppPage {
	/** The heading of the step on screen (focus moves to it on each new step). */
	readonly stepHeading: Locator;
	readonly announcement: Locator;
	readonly errorSummary: Locator;

	constructor(page: Page) {
		super(page);
		this.stepHeading = page.locator('#flare-step-heading');
		this.announcement = page.getByTestId('flare-announcement');
		this.errorSummary = page.locator('.nhsuk-error-summary');
	}

	/** The yes/no questions on screen, in order. */
	get questions(): Locator {
		return this.main.locator('form').getByRole('group');
	}

	/** Activates a button or link by keyboard. */
	async press(target: Locator): Promise<void> {
		await this.tabTo(target);
		await this.page.keyboard.press('Enter');
	}

	/**
	 * Answers the questions on screen by keyboard: yes where `isYes` says so (by position),
	 * no elsewhere; `skip` leaves questions unanswered. Works in any language: Yes is the
	 * first option of each question, No the second.
	 */
	async answer(isYes: (index: number) => boolean, skip: number[] = []): Promise<void> {
		const count = await this.questions.count();
		for (let index = 0; index < count; index++) {
			if (skip.includes(index)) continue;
			const radios = this.questions.nth(index).getByRole('radio');
			const [want, other] = isYes(index)
				? [radios.nth(0), radios.nth(1)]
				: [radios.nth(1), radios.nth(0)];
			if (await want.isChecked()) continue;
			// Tab lands on the ticked option of a group, or on its first (Yes) when none is.
			const isOtherTicked = await other.isChecked();
			await this.tabTo(isOtherTicked ? other : radios.first());
			const key = isYes(index) ? (isOtherTicked ? 'ArrowUp' : 'Space') : 'ArrowDown';
			await this.page.keyboard.press(key);
			await expect(want).toBeChecked();
		}
	}

	/** Index of the question whose legend matches `name`. */
	async indexOf(name: RegExp): Promise<number> {
		const legends = await this.questions.locator('legend').allInnerTexts();
		const index = legends.findIndex((legend) => name.test(legend));
		if (index < 0) throw new Error(`no question ${name} among ${legends.join(' | ')}`);
		return index;
	}

	/** Answers yes to the question named `name` and leaves the others unanswered. */
	async answerOnly(name: RegExp): Promise<number> {
		const target = await this.indexOf(name);
		const count = await this.questions.count();
		const others = Array.from({ length: count }, (_, index) => index).filter((i) => i !== target);
		await this.answer((index) => index === target, others);
		return target;
	}

	/** Presses the form's Continue button by keyboard. */
	async continue(): Promise<void> {
		await this.press(this.main.locator('form').getByRole('button'));
	}

	/** Answers every question on screen no, then Continue; expects the next screen. */
	async answerAllNo(): Promise<void> {
		const before = await this.stepHeading.innerText();
		await this.answer(() => false);
		await this.continue();
		await expect(this.stepHeading).not.toHaveText(before);
	}

	/** Expects keyboard focus on the new step's heading, with `text`. */
	async expectStep(text: string | RegExp): Promise<void> {
		await expect(this.stepHeading).toContainText(text);
		await expect(this.stepHeading).toBeFocused();
	}

	/** Expects the result for `level` on screen, focused and announced; returns its card. */
	async expectResult(level: string, heading: string): Promise<Locator> {
		await this.expectStep(heading);
		await expect(this.announcement).toHaveText(heading);
		return this.main.locator(`[data-level="${level}"]`);
	}

	/** Expects no sideways scrolling (content fits the viewport's width). */
	async expectNoHorizontalScroll(): Promise<void> {
		const { scrollWidth, width } = await this.page.evaluate(() => ({
			scrollWidth: document.documentElement.scrollWidth,
			width: window.innerWidth
		}));
		expect(scrollWidth, `no sideways scrolling at ${width}px`).toBeLessThanOrEqual(width);
	}
}
