/**
 * The care plan form's fields: their ids (which are also their names, and the targets of
 * the error summary's links), the values as typed, and the rows of the repeated groups.
 * Shared by the staff form (read on the server) and the person's own plan (in the browser).
 */
import type { DateParts } from '$lib/ui/types';
import {
	FLARE_LISTS,
	MEDICATION_LISTS,
	STRATEGY_KINDS,
	type FlareList,
	type MedicationList,
	type StrategyKind
} from './types';

/** The repeated groups of the form. */
export const ROW_GROUPS = ['goals', 'careTeam', 'extraRedFlags'] as const;
export type RowGroup = (typeof ROW_GROUPS)[number];
/** At most this many rows in a group (the schema's limit). */
export const MAX_ROWS = 30;

export interface GoalRow {
	/** The goal's id: stable across versions. */
	id: string;
	text: string;
	measure: string;
}
export interface MemberRow {
	/** The row's id in this form only. */
	id: string;
	/** A CareTeamRole, or '' when none is chosen. */
	role: string;
	name: string;
	jobTitle: string;
	phone: string;
}
export interface RedFlagRow {
	/** The red flag's id: stable across versions. */
	id: string;
	/** A RedFlagLevel, or '' when none is chosen. */
	level: string;
	text: string;
}

/** The whole form as typed; a list field is a textarea with one item per line. */
export interface CarePlanFormValues {
	whatMatters: string;
	goals: GoalRow[];
	strategies: Record<StrategyKind, string>;
	medication: Record<MedicationList, string>;
	careTeam: MemberRow[];
	contact: { phone: string; hours: string; email: string };
	reviewDate: DateParts;
	reengagement: string;
	pifuWindowEnd: DateParts;
	pifuResponseDays: string;
	flare: Record<FlareList, string> & { contactAfterDays: string };
	extraRedFlags: RedFlagRow[];
	/** Staff form only: the service dates and the ticked questionnaires' canonical urls. */
	startedOn: DateParts;
	dischargedOn: DateParts;
	standardQuestionnaires: string[];
}

/** A questionnaire the staff form offers to ask at the standard occasions. */
export interface QuestionnaireChoice {
	url: string;
	title: string;
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** Field ids (and names). A date's boxes are `<id>[day]` etc., with ids `<id>-day` etc. */
export const FIELD = {
	whatMatters: 'what-matters',
	strategy: (kind: StrategyKind) => `strategy-${kebab(kind)}`,
	medication: (list: MedicationList) => `medication-${kebab(list)}`,
	contactPhone: 'contact-phone',
	contactHours: 'contact-hours',
	contactEmail: 'contact-email',
	reviewDate: 'review-date',
	reengagement: 'reengagement',
	pifuWindowEnd: 'pifu-window-end',
	pifuResponseDays: 'pifu-response-days',
	flare: (list: FlareList) => `flare-${kebab(list)}`,
	flareContactAfterDays: 'flare-contact-after-days',
	/** Hidden fields listing each group's row ids, in order. */
	rows: { goals: 'goal-rows', careTeam: 'member-rows', extraRedFlags: 'red-flag-rows' },
	goalText: (id: string) => `goal-${id}-text`,
	goalMeasure: (id: string) => `goal-${id}-measure`,
	memberRole: (id: string) => `member-${id}-role`,
	memberName: (id: string) => `member-${id}-name`,
	memberJobTitle: (id: string) => `member-${id}-job-title`,
	memberPhone: (id: string) => `member-${id}-phone`,
	redFlagLevel: (id: string) => `red-flag-${id}-level`,
	redFlagText: (id: string) => `red-flag-${id}-text`,
	startedOn: 'started-on',
	dischargedOn: 'discharged-on',
	/** Checkboxes: one value per ticked questionnaire (its canonical url). */
	standardQuestionnaires: 'standard-questionnaires',
	/** The "Add another" buttons send this name with the group as value. */
	addRow: 'add-row',
	/** Staff form: the version the form was filled in from ('' for none). */
	baseVersion: 'base-version'
} as const;

/** Row ids are FHIR ids, safe in field names and element ids. */
export const ROW_ID = /^[A-Za-z0-9.-]{1,64}$/;

const emptyDate = (): DateParts => ({ day: '', month: '', year: '' });

/** A form with nothing typed and no rows. */
export function emptyFormValues(): CarePlanFormValues {
	const record = <K extends string>(keys: readonly K[]) =>
		Object.fromEntries(keys.map((key) => [key, ''])) as Record<K, string>;
	return {
		whatMatters: '',
		goals: [],
		strategies: record(STRATEGY_KINDS),
		medication: record(MEDICATION_LISTS),
		careTeam: [],
		contact: { phone: '', hours: '', email: '' },
		reviewDate: emptyDate(),
		reengagement: '',
		pifuWindowEnd: emptyDate(),
		pifuResponseDays: '',
		flare: { ...record(FLARE_LISTS), contactAfterDays: '' },
		extraRedFlags: [],
		startedOn: emptyDate(),
		dischargedOn: emptyDate(),
		standardQuestionnaires: []
	};
}

/**
 * The questionnaires to offer: `choices`, then any url already ticked that is not among
 * them (titled by its url), so publishing never drops one without anyone seeing it.
 */
export function choicesWith(
	choices: readonly QuestionnaireChoice[],
	ticked: readonly string[]
): QuestionnaireChoice[] {
	const known = new Set(choices.map((choice) => choice.url));
	const unknown = ticked.filter((url) => !known.has(url)).map((url) => ({ url, title: url }));
	return [...choices, ...unknown];
}

/** A blank row of `group` with this id. */
export function blankRow(group: RowGroup, id: string): GoalRow | MemberRow | RedFlagRow {
	switch (group) {
		case 'goals':
			return { id, text: '', measure: '' };
		case 'careTeam':
			return { id, role: '', name: '', jobTitle: '', phone: '' };
		case 'extraRedFlags':
			return { id, level: '', text: '' };
	}
}

/** True when nothing is typed in the row (a chosen radio alone does not count). */
export function isBlankRow(row: GoalRow | MemberRow | RedFlagRow): boolean {
	const typed =
		'measure' in row
			? [row.text, row.measure]
			: 'name' in row
				? [row.name, row.jobTitle, row.phone]
				: [row.text];
	return typed.every((value) => value.trim() === '');
}

/** The values with one more blank row in `group` (up to the limit). */
export function addRow(
	values: CarePlanFormValues,
	group: RowGroup,
	id: string
): CarePlanFormValues {
	const rows = values[group] as (GoalRow | MemberRow | RedFlagRow)[];
	if (rows.length >= MAX_ROWS) return values;
	return { ...values, [group]: [...rows, blankRow(group, id)] };
}

/** The values with a blank row at the end of every group, so there is always room for one more. */
export function withBlankRows(values: CarePlanFormValues, newId: () => string): CarePlanFormValues {
	return ROW_GROUPS.reduce((result, group) => {
		const last = (result[group] as (GoalRow | MemberRow | RedFlagRow)[]).at(-1);
		return last && isBlankRow(last) ? result : addRow(result, group, newId());
	}, values);
}

/** The first field of a row, to focus when the row has just been added. */
export function firstFieldOf(group: RowGroup, id: string): string {
	switch (group) {
		case 'goals':
			return FIELD.goalText(id);
		case 'careTeam':
			return FIELD.memberName(id);
		case 'extraRedFlags':
			return FIELD.redFlagText(id);
	}
}
