import { expect, type Locator, type Page } from '@playwright/test';

export interface NewPatient {
	givenName: string;
	familyName: string;
	birthDate: { day: string; month: string; year: string };
	nhsNumber: string;
}

/** The staff console (/staff) as a member of staff meets it, queried by role and label. */
export class StaffConsole {
	readonly main: Locator;
	readonly heading: Locator;
	readonly errorSummary: Locator;
	readonly header: Locator;

	constructor(readonly page: Page) {
		this.main = page.locator('main#maincontent');
		this.heading = this.main.getByRole('heading', { level: 1 });
		this.errorSummary = page.locator('.nhsuk-error-summary');
		this.header = page.getByRole('banner');
	}

	/** Opens a page and waits for its heading and for the app to hydrate. */
	async goto(path: string): Promise<void> {
		await this.page.goto(path);
		await this.ready();
	}

	async ready(): Promise<void> {
		await expect(this.heading).toBeVisible();
		await expect(this.page.locator('html')).not.toHaveClass(/i18n-pending/);
	}

	/**
	 * Sends a plain (not enhanced) form and waits for the page its POST answers with: the
	 * next page may have the same heading, so waiting for a heading alone is not enough.
	 */
	async submit(button: Locator): Promise<void> {
		await Promise.all([this.page.waitForEvent('load'), button.click()]);
		await this.ready();
	}

	async signIn(email: string, password: string): Promise<void> {
		await this.main.getByLabel('Email address').fill(email);
		await this.main.getByLabel('Password', { exact: true }).fill(password);
		await this.submit(this.main.getByRole('button', { name: 'Sign in' }));
	}

	async signOut(): Promise<void> {
		await this.submit(this.header.getByRole('button', { name: 'Sign out' }));
	}

	/** Fills in and sends the add-patient form (already open). */
	async addPatient(patient: NewPatient): Promise<void> {
		const form = this.main.locator('form');
		await form.getByLabel('Given name').fill(patient.givenName);
		await form.getByLabel('Family name').fill(patient.familyName);
		const birthDate = form.getByRole('group', { name: 'Date of birth' });
		await birthDate.getByLabel('Day').fill(patient.birthDate.day);
		await birthDate.getByLabel('Month').fill(patient.birthDate.month);
		await birthDate.getByLabel('Year').fill(patient.birthDate.year);
		await form.getByLabel('NHS number').fill(patient.nhsNumber);
		await this.submit(form.getByRole('button', { name: 'Add patient' }));
	}

	/** Issues an enrolment code from the patient's page, for the patient or a named carer. */
	async issueCode(carer?: { name: string; relationship: string }): Promise<void> {
		const section = this.section('Enrolment codes');
		await section.getByRole('radio', { name: carer ? 'A carer' : 'The patient' }).check();
		if (carer) {
			await section.getByLabel('Carer’s name').fill(carer.name);
			await section.getByLabel('Relationship to the patient').fill(carer.relationship);
		}
		await this.submit(section.getByRole('button', { name: 'Issue code' }));
	}

	/** A section of the patient's page, by its heading. */
	section(heading: string): Locator {
		return this.main.getByRole('region', { name: heading });
	}

	/** The table rows (without the header row) of a section. */
	rows(heading: string): Locator {
		return this.section(heading).locator('tbody tr');
	}
}
