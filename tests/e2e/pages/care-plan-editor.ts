import { expect, type Locator } from '@playwright/test';
import type { StaffConsole } from './staff-console';

/** A care plan as a journey writes it; anything left out stays as it is in the form. */
export interface PlanDraft {
	whatMatters?: string[];
	goals?: { text: string; measure?: string }[];
	strategies?: Partial<Record<StrategyLabel, string[]>>;
	careTeam?: { name: string; role: RoleLabel; jobTitle?: string; phone?: string }[];
	contact?: { phone?: string; hours?: string; email?: string };
	reviewDate?: { day: string; month: string; year: string };
	reengagement?: string[];
	pifu?: { windowEnd: { day: string; month: string; year: string }; responseDays: string };
	flare?: Partial<Record<FlareLabel, string[]>>;
	contactAfterDays?: string;
	extraRedFlags?: { text: string; level: LevelLabel }[];
	/** A date with a box left empty clears it; all three empty: no date. */
	startedOn?: DateDraft;
	dischargedOn?: DateDraft;
	/** Titles of the questionnaires to tick at the standard occasions; the rest are unticked. */
	questionnaires?: string[];
}

type DateDraft = { day: string; month: string; year: string };

type StrategyLabel =
	| 'Pacing'
	| 'Activity and exercise'
	| 'Relaxation, mindfulness and sleep'
	| 'Psychological approaches';
type RoleLabel = 'Key worker' | 'Clinical lead' | 'Carer' | 'GP' | 'Also involved';
type FlareLabel =
	| 'Early warning signs'
	| 'Triggers'
	| 'First steps now'
	| 'The next few days'
	| 'What helped before'
	| 'Who to tell';
type LevelLabel =
	| 'Call 999 or go to A&E now'
	| 'Contact their GP today or call NHS 111'
	| 'Mental health crisis: crisis contacts';

const lines = (items: readonly string[]) => items.join('\n');
/** A checkbox's label text (run in the page). */
const labelOf = (box: HTMLElement) => (box as HTMLInputElement).labels?.[0]?.textContent?.trim();

/**
 * The staff care plan editor (/staff/patients/<id>/care-plan), queried by role and label.
 * `publishPlan` opens it from a patient's page, writes a plan and publishes it: a quick way
 * for later journeys to give a patient a plan.
 */
export class CarePlanEditor {
	constructor(readonly staff: StaffConsole) {}

	get form(): Locator {
		return this.staff.main.locator('form');
	}

	/** Opens the editor from the patient's page (already open). */
	async openFromPatientPage(): Promise<void> {
		const section = this.staff.section('Care plan');
		await section.getByRole('button', { name: /care plan$/ }).click();
		await expect(this.staff.heading).toHaveText('Care plan');
		await this.staff.ready();
	}

	/** A group of fields by its legend ("Goal 2", "Flare-up plan", …). */
	group(legend: string): Locator {
		return this.form.getByRole('group', { name: legend, exact: true });
	}

	/** "Add another goal", "Add another person" or "Add another red flag", sent to the server. */
	async addAnother(what: 'goal' | 'person' | 'red flag'): Promise<void> {
		await this.staff.submit(this.form.getByRole('button', { name: `Add another ${what}` }));
	}

	async fillGoal(number: number, goal: { text: string; measure?: string }): Promise<void> {
		const group = this.group(`Goal ${number}`);
		await group.getByLabel('Goal', { exact: true }).fill(goal.text);
		await group.getByLabel('How we will know').fill(goal.measure ?? '');
	}

	/** Fills in the draft, adding rows as it needs them. */
	async fill(draft: PlanDraft): Promise<void> {
		if (draft.whatMatters) {
			await this.form.getByLabel('What matters to the person').fill(lines(draft.whatMatters));
		}
		for (const [index, goal] of (draft.goals ?? []).entries()) {
			if ((await this.group(`Goal ${index + 1}`).count()) === 0) await this.addAnother('goal');
			await this.fillGoal(index + 1, goal);
		}
		for (const [label, items] of Object.entries(draft.strategies ?? {})) {
			await this.group('Management strategies').getByLabel(label).fill(lines(items));
		}
		for (const [index, member] of (draft.careTeam ?? []).entries()) {
			if ((await this.group(`Person ${index + 1}`).count()) === 0) await this.addAnother('person');
			const group = this.group(`Person ${index + 1}`);
			await group.getByLabel('Name', { exact: true }).fill(member.name);
			await group.getByRole('radio', { name: member.role, exact: true }).check();
			await group.getByLabel('Job title (optional)').fill(member.jobTitle ?? '');
			await group.getByLabel('Phone number (optional)').fill(member.phone ?? '');
		}
		const contact = this.group('Contact points for the service');
		if (draft.contact?.phone !== undefined) {
			await contact.getByLabel('Phone', { exact: true }).fill(draft.contact.phone);
		}
		if (draft.contact?.hours !== undefined) {
			await contact.getByLabel('Opening hours').fill(draft.contact.hours);
		}
		if (draft.contact?.email !== undefined) {
			await contact.getByLabel('Email (optional)').fill(draft.contact.email);
		}
		if (draft.reviewDate) await this.fillDate('Next review date (optional)', draft.reviewDate);
		if (draft.reengagement) {
			await this.form
				.getByLabel('When to get back in touch with the service')
				.fill(lines(draft.reengagement));
		}
		if (draft.pifu) {
			await this.fillDate('Last day of the PIFU window', draft.pifu.windowEnd);
			await this.form
				.getByLabel('Promised response time, in working days')
				.fill(draft.pifu.responseDays);
		}
		for (const [label, items] of Object.entries(draft.flare ?? {})) {
			await this.group('Flare-up plan').getByLabel(label, { exact: true }).fill(lines(items));
		}
		if (draft.contactAfterDays !== undefined) {
			await this.form
				.getByLabel('Contact the service if a flare-up lasts longer than (days, optional)')
				.fill(draft.contactAfterDays);
		}
		for (const [index, flag] of (draft.extraRedFlags ?? []).entries()) {
			if ((await this.group(`Red flag ${index + 1}`).count()) === 0) {
				await this.addAnother('red flag');
			}
			const group = this.group(`Red flag ${index + 1}`);
			await group.getByLabel('Warning sign, in plain words').fill(flag.text);
			await group.getByRole('radio', { name: flag.level }).check();
		}
		if (draft.startedOn) await this.fillDate('Started with the service on', draft.startedOn);
		if (draft.dischargedOn) await this.fillDate('Discharged on', draft.dischargedOn);
		if (draft.questionnaires) {
			for (const box of await this.questionnaires.getByRole('checkbox').all()) {
				const title = await box.evaluate(labelOf);
				await box.setChecked(draft.questionnaires.includes(title ?? ''));
			}
		}
	}

	/** The service dates and the questionnaires asked at the start, at discharge and after. */
	get schedule(): Locator {
		return this.group('Dates with the service and questionnaires');
	}

	/** The group of questionnaire checkboxes. */
	get questionnaires(): Locator {
		return this.group('Questionnaires asked at the start, at discharge and 3 months after');
	}

	/** Titles of the questionnaires ticked, in the order shown. */
	async tickedQuestionnaires(): Promise<string[]> {
		const ticked: string[] = [];
		for (const box of await this.questionnaires.getByRole('checkbox').all()) {
			if (await box.isChecked()) ticked.push((await box.evaluate(labelOf)) ?? '');
		}
		return ticked;
	}

	/** Expects the date's three boxes to hold `date`. */
	async expectDate(legend: string, date: DateDraft): Promise<void> {
		const group = this.group(legend);
		await expect(group.getByLabel('Day')).toHaveValue(date.day);
		await expect(group.getByLabel('Month')).toHaveValue(date.month);
		await expect(group.getByLabel('Year')).toHaveValue(date.year);
	}

	async fillDate(legend: string, date: DateDraft) {
		const group = this.group(legend);
		await group.getByLabel('Day').fill(date.day);
		await group.getByLabel('Month').fill(date.month);
		await group.getByLabel('Year').fill(date.year);
	}

	/** Presses Publish and waits for the page it leads to (the patient's, or the form again). */
	async publish(): Promise<void> {
		await this.staff.submit(this.form.getByRole('button', { name: 'Publish', exact: true }));
	}

	/** From a patient's page: opens the editor, writes the draft and publishes it. */
	async publishPlan(draft: PlanDraft): Promise<void> {
		await this.openFromPatientPage();
		await this.fill(draft);
		await this.publish();
	}
}
