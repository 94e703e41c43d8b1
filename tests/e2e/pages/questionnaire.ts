import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app-page';

/**
 * The questionnaire filler (/questionnaires/fill) and its result page, as a person meets
 * them: by keyboard (Tab to a control, then arrow keys, Space or Enter), by touch, or by
 * mouse. Queries go by role and label.
 */
export class QuestionnairePage extends AppPage {
	/** The heading of the screen (a question, the review, or the one-page form). */
	readonly screenHeading: Locator;
	readonly progress: Locator;
	readonly errorSummary: Locator;
	readonly safetyPanel: Locator;
	readonly continueButton: Locator;
	readonly sendButton: Locator;
	readonly englishNote: Locator;

	constructor(page: Page) {
		super(page);
		this.screenHeading = page.locator('#fill-heading');
		this.progress = this.main.getByText(/^Question \d+ of \d+$/);
		this.errorSummary = page.locator('.nhsuk-error-summary');
		this.safetyPanel = page.getByTestId('safety-panel');
		this.continueButton = this.main.locator('#continue');
		this.sendButton = this.main.getByRole('button', { name: 'Send my answers' });
		this.englishNote = page.getByTestId('english-note');
	}

	/** Opens the filler of questionnaire `slug` and waits for its first screen. */
	async open(slug: string): Promise<void> {
		await this.goto(`/questionnaires/fill?q=${slug}`);
		await expect(this.screenHeading).toBeVisible();
	}

	/** The radio or checkbox group, or field, of the question on screen. */
	get field(): Locator {
		return this.main.locator('form').getByRole('group').first();
	}

	/**
	 * Chooses option `index` (0-based) of the radio group on screen by keyboard: Tab lands
	 * on the chosen option, or the first; arrow keys move and choose, wrapping round.
	 */
	async chooseByKeyboard(index: number): Promise<void> {
		const radios = this.field.getByRole('radio');
		const count = await radios.count();
		let checked = -1;
		for (let i = 0; i < count; i++) if (await radios.nth(i).isChecked()) checked = i;
		await this.tabTo(radios.nth(Math.max(checked, 0)));
		if (checked < 0 && index === 0) await this.page.keyboard.press('Space');
		const steps = (index - Math.max(checked, 0) + count) % count;
		for (let step = 0; step < steps; step++) await this.page.keyboard.press('ArrowDown');
		await expect(radios.nth(index)).toBeChecked();
	}

	/** Continue (or "Check your answers") by keyboard. */
	async continueByKeyboard(): Promise<void> {
		await this.tabTo(this.continueButton);
		await this.page.keyboard.press('Enter');
	}

	/** Waits for the question whose heading matches `name` (focus moves to its heading). */
	async expectQuestion(name: string | RegExp, position?: string): Promise<void> {
		await expect(this.screenHeading).toContainText(name);
		if (position) await expect(this.progress).toHaveText(position);
	}

	/** The answer shown on the review for the question `name`. */
	reviewRow(name: string | RegExp): Locator {
		return this.page.getByTestId('review-answers').locator('.nhsuk-summary-list__row', {
			has: this.page.locator('dt', { hasText: name })
		});
	}
}

/** PHQ-9 option indexes that add up to 12 ("moderate") with item 9 "Not at all". */
export const PHQ9_MODERATE = [2, 2, 2, 2, 2, 1, 1, 0, 0];

/** The PHQ-9 questions' headings, as the bundled definition words them. */
export const PHQ9_HEADINGS = [
	'Little interest or pleasure in doing things',
	'Feeling down, depressed, or hopeless',
	'Trouble falling or staying asleep, or sleeping too much',
	'Feeling tired or having little energy',
	'Poor appetite or overeating',
	'Feeling bad about yourself',
	'Trouble concentrating on things',
	'Moving or speaking so slowly',
	'Thoughts that you would be better off dead'
];
