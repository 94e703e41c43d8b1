import { expect, type Locator } from '@playwright/test';
import type { StaffConsole } from './staff-console';

export interface DueDate {
	day: string;
	month: string;
	year: string;
}

/**
 * The questionnaire pages of the staff console, queried by role and label: questionnaires
 * and licences (/staff/questionnaires) and a patient's questionnaires
 * (/staff/patients/<id>/questionnaires).
 */
export class StaffQuestionnaires {
	constructor(readonly staff: StaffConsole) {}

	/** From the staff home page. */
	async openLicences(): Promise<void> {
		await this.staff.main.getByRole('button', { name: 'Questionnaires and licences' }).click();
		await expect(this.staff.heading).toHaveText('Questionnaires and licences');
		await this.staff.ready();
	}

	/** A licensed questionnaire's section, by its name. */
	licensed(name: string): Locator {
		return this.staff.section(name);
	}

	async recordLicence(name: string, licence: { holder: string; reference: string }) {
		const section = this.licensed(name);
		await section.getByLabel('Licence holder').fill(licence.holder);
		await section.getByLabel('Licence reference').fill(licence.reference);
		await this.staff.submit(section.getByRole('button', { name: 'Record licence' }));
	}

	async uploadDefinition(name: string, file: { name: string; json: unknown }) {
		const section = this.licensed(name);
		await section.getByLabel('FHIR Questionnaire file (JSON)').setInputFiles({
			name: file.name,
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(file.json))
		});
		await this.staff.submit(section.getByRole('button', { name: 'Upload definition' }));
	}

	/** From a patient's page. */
	async openFromPatientPage(): Promise<void> {
		const section = this.staff.main.getByRole('region', { name: 'Questionnaires', exact: true });
		await section.getByRole('button', { name: 'Questionnaire results and assignments' }).click();
		await expect(this.staff.heading).toHaveText('Questionnaires');
		await this.staff.ready();
	}

	get assignForm(): Locator {
		return this.staff.section('Assign a questionnaire');
	}

	/** Fills in and sends "Assign a questionnaire"; no title leaves the choice empty. */
	async assign(title: string | null, due: DueDate): Promise<void> {
		const form = this.assignForm;
		if (title) await form.getByRole('radio', { name: title }).check();
		const date = form.getByRole('group', { name: 'Due by' });
		await date.getByLabel('Day').fill(due.day);
		await date.getByLabel('Month').fill(due.month);
		await date.getByLabel('Year').fill(due.year);
		await this.staff.submit(form.getByRole('button', { name: 'Assign' }));
	}

	get assignments(): Locator {
		return this.staff.rows('Assigned questionnaires');
	}

	/** The "Needs attention" part at the top of a patient's questionnaires. */
	get attention(): Locator {
		return this.staff.section('Needs attention');
	}

	/** The results of one questionnaire, by its title. */
	results(title: string): Locator {
		return this.staff.main.getByRole('region', { name: title, exact: true });
	}

	/** Every response to one questionnaire, newest first. */
	responseRows(title: string): Locator {
		const caption = `${title}: every response, newest first`;
		return this.results(title).getByRole('region', { name: caption }).locator('tbody tr');
	}
}
