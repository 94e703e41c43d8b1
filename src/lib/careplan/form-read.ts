/**
 * The care plan form's values from a submitted form (FormData, or a plain record of
 * strings), and from a plan to prefill the form; and back to a record, as a browser would
 * send it. Values are kept exactly as typed.
 */
import type { DateParts } from '$lib/ui/types';
import {
	emptyFormValues,
	FIELD,
	ROW_ID,
	withBlankRows,
	type CarePlanFormValues
} from './form-fields';
import { FLARE_LISTS, MEDICATION_LISTS, STRATEGY_KINDS, type CarePlanContent } from './types';

/** A submitted form: FormData, or a record of strings (a list for repeated names). */
export type FormLike = FormData | Readonly<Record<string, string | readonly string[] | undefined>>;

function all(data: FormLike, name: string): string[] {
	if (data instanceof FormData) {
		return data.getAll(name).filter((value) => typeof value === 'string');
	}
	const value = data[name];
	return value === undefined ? [] : typeof value === 'string' ? [value] : [...value];
}
const one = (data: FormLike, name: string) => all(data, name)[0] ?? '';
const date = (data: FormLike, name: string): DateParts => ({
	day: one(data, `${name}[day]`),
	month: one(data, `${name}[month]`),
	year: one(data, `${name}[year]`)
});
/** A group's row ids as the form listed them: id-shaped, each once. */
const rowIds = (data: FormLike, name: string) =>
	[...new Set(all(data, name))].filter((id) => ROW_ID.test(id));

/** The form's values as typed. */
export function readFormValues(data: FormLike): CarePlanFormValues {
	const record = <K extends string>(keys: readonly K[], field: (key: K) => string) =>
		Object.fromEntries(keys.map((key) => [key, one(data, field(key))])) as Record<K, string>;
	return {
		whatMatters: one(data, FIELD.whatMatters),
		goals: rowIds(data, FIELD.rows.goals).map((id) => ({
			id,
			text: one(data, FIELD.goalText(id)),
			measure: one(data, FIELD.goalMeasure(id))
		})),
		strategies: record(STRATEGY_KINDS, FIELD.strategy),
		medication: record(MEDICATION_LISTS, FIELD.medication),
		careTeam: rowIds(data, FIELD.rows.careTeam).map((id) => ({
			id,
			role: one(data, FIELD.memberRole(id)),
			name: one(data, FIELD.memberName(id)),
			jobTitle: one(data, FIELD.memberJobTitle(id)),
			phone: one(data, FIELD.memberPhone(id))
		})),
		contact: {
			phone: one(data, FIELD.contactPhone),
			hours: one(data, FIELD.contactHours),
			email: one(data, FIELD.contactEmail)
		},
		reviewDate: date(data, FIELD.reviewDate),
		reengagement: one(data, FIELD.reengagement),
		pifuWindowEnd: date(data, FIELD.pifuWindowEnd),
		pifuResponseDays: one(data, FIELD.pifuResponseDays),
		flare: {
			...record(FLARE_LISTS, FIELD.flare),
			contactAfterDays: one(data, FIELD.flareContactAfterDays)
		},
		extraRedFlags: rowIds(data, FIELD.rows.extraRedFlags).map((id) => ({
			id,
			level: one(data, FIELD.redFlagLevel(id)),
			text: one(data, FIELD.redFlagText(id))
		})),
		startedOn: date(data, FIELD.startedOn),
		dischargedOn: date(data, FIELD.dischargedOn),
		standardQuestionnaires: all(data, FIELD.standardQuestionnaires)
	};
}

const lines = (items: readonly string[]) => items.join('\n');
const dateParts = (iso: string | null | undefined): DateParts => {
	const [year = '', month = '', day = ''] = iso ? iso.split('-') : [];
	// As people write dates in the boxes: 2 11 2026, not 02 11 2026.
	const bare = (part: string) => part.replace(/^0(?=\d)/, '');
	return { day: bare(day), month: bare(month), year };
};

/**
 * The form prefilled with a plan (or empty), with one blank row at the end of each group.
 * @param newId - makes the id of a new row (goals and red flags keep it as their id)
 */
export function formValuesFromContent(
	content: CarePlanContent | null,
	newId: () => string
): CarePlanFormValues {
	if (!content) return withBlankRows(emptyFormValues(), newId);
	const record = <K extends string>(keys: readonly K[], items: Record<K, readonly string[]>) =>
		Object.fromEntries(keys.map((key) => [key, lines(items[key])])) as Record<K, string>;
	const values: CarePlanFormValues = {
		whatMatters: lines(content.whatMatters),
		goals: content.goals.map((goal) => ({ ...goal })),
		strategies: record(STRATEGY_KINDS, content.strategies),
		medication: record(MEDICATION_LISTS, content.medication),
		careTeam: content.careTeam.map((member) => ({ id: newId(), ...member })),
		contact: { ...content.contact },
		reviewDate: dateParts(content.reviewDate),
		reengagement: lines(content.reengagement),
		pifuWindowEnd: dateParts(content.pifu?.windowEnd),
		pifuResponseDays: content.pifu ? String(content.pifu.responseDays) : '',
		flare: {
			...record(FLARE_LISTS, content.flare),
			contactAfterDays:
				content.flare.contactAfterDays === null ? '' : String(content.flare.contactAfterDays)
		},
		extraRedFlags: content.extraRedFlags.map((flag) => ({ ...flag })),
		startedOn: dateParts(content.startedOn),
		dischargedOn: dateParts(content.dischargedOn),
		standardQuestionnaires: [...content.standardQuestionnaires]
	};
	return withBlankRows(values, newId);
}

/** The values as a browser would send the form (a list for repeated names). */
export function formRecord(values: CarePlanFormValues): Record<string, string | string[]> {
	const record: Record<string, string | string[]> = {
		[FIELD.whatMatters]: values.whatMatters,
		[FIELD.rows.goals]: values.goals.map((row) => row.id),
		[FIELD.rows.careTeam]: values.careTeam.map((row) => row.id),
		[FIELD.rows.extraRedFlags]: values.extraRedFlags.map((row) => row.id),
		[FIELD.contactPhone]: values.contact.phone,
		[FIELD.contactHours]: values.contact.hours,
		[FIELD.contactEmail]: values.contact.email,
		[FIELD.reengagement]: values.reengagement,
		[FIELD.pifuResponseDays]: values.pifuResponseDays,
		[FIELD.flareContactAfterDays]: values.flare.contactAfterDays,
		[FIELD.standardQuestionnaires]: values.standardQuestionnaires
	};
	for (const [name, parts] of [
		[FIELD.reviewDate, values.reviewDate],
		[FIELD.pifuWindowEnd, values.pifuWindowEnd],
		[FIELD.startedOn, values.startedOn],
		[FIELD.dischargedOn, values.dischargedOn]
	] as const) {
		for (const part of ['day', 'month', 'year'] as const) record[`${name}[${part}]`] = parts[part];
	}
	for (const kind of STRATEGY_KINDS) record[FIELD.strategy(kind)] = values.strategies[kind];
	for (const key of MEDICATION_LISTS) record[FIELD.medication(key)] = values.medication[key];
	for (const list of FLARE_LISTS) record[FIELD.flare(list)] = values.flare[list];
	for (const goal of values.goals) {
		record[FIELD.goalText(goal.id)] = goal.text;
		record[FIELD.goalMeasure(goal.id)] = goal.measure;
	}
	for (const member of values.careTeam) {
		// An unchosen radio group sends nothing.
		if (member.role) record[FIELD.memberRole(member.id)] = member.role;
		record[FIELD.memberName(member.id)] = member.name;
		record[FIELD.memberJobTitle(member.id)] = member.jobTitle;
		record[FIELD.memberPhone(member.id)] = member.phone;
	}
	for (const flag of values.extraRedFlags) {
		if (flag.level) record[FIELD.redFlagLevel(flag.id)] = flag.level;
		record[FIELD.redFlagText(flag.id)] = flag.text;
	}
	return record;
}
