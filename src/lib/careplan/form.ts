/**
 * The care plan form ⇄ CarePlanContent, for the staff form (a server form action) and the
 * person's own plan (in the browser). Reading keeps the values as typed, to show again;
 * parsing trims, splits list fields into one item per line, drops blank rows and checks
 * every field, so a plan it accepts always passes CarePlanContentSchema. Errors carry
 * translation keys (`careplan:errors.*`), never text, and are in the order of the form.
 */
import { RED_FLAG_LEVELS, type RedFlagLevel } from '$lib/flare/types';
import type { DateParts } from '$lib/ui/types';
import {
	FIELD,
	isBlankRow,
	MAX_ROWS,
	type CarePlanFormValues,
	type GoalRow,
	type MemberRow,
	type RedFlagRow
} from './form-fields';
import {
	CARE_TEAM_ROLES,
	FLARE_LISTS,
	MEDICATION_LISTS,
	QUESTIONNAIRE_URL,
	STRATEGY_KINDS,
	type CarePlanContent,
	type CareTeamRole,
	type FlareList
} from './types';

/** One problem with one field, for the error summary and the field itself. */
export interface CarePlanFormError {
	/** The field's id (as given to the UI kit component). */
	field: string;
	/** What the error summary links to: the field, or a date's first box. */
	anchor: string;
	/** A translation key in the careplan namespace. */
	message: string;
	values?: Record<string, string | number>;
}

export type CarePlanFormResult =
	{ ok: true; content: CarePlanContent } | { ok: false; errors: CarePlanFormError[] };

const MAX_LINES = 30;
const MAX_TEXT = 2000;
const MAX_SHORT = 200;
const MAX_PHONE = 40;
const MAX_RED_FLAG = 500;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The plan the form describes, or what to fix. */
export function parseCarePlanForm(values: CarePlanFormValues): CarePlanFormResult {
	const errors: CarePlanFormError[] = [];
	const fail = (field: string, message: string, more?: Record<string, number>, anchor = field) =>
		void errors.push({ field, anchor, message, ...(more ? { values: more } : {}) });
	const list = (field: string, value: string) => {
		const items = value
			.split(/\r?\n/)
			.map((line) => line.trim())
			.filter(Boolean);
		if (items.length > MAX_LINES) fail(field, 'careplan:errors.too_many_lines', { max: MAX_LINES });
		else if (items.some((item) => item.length > MAX_TEXT)) {
			fail(field, 'careplan:errors.line_too_long', { max: MAX_TEXT });
		}
		return items;
	};
	const short = (field: string, value: string, max: number) => {
		const trimmed = value.trim();
		if (trimmed.length > max) fail(field, 'careplan:errors.text_too_long', { max });
		return trimmed;
	};
	const phone = (field: string, value: string) => {
		const trimmed = value.trim();
		const digits = trimmed.replace(/\D/g, '').length;
		if (trimmed && (trimmed.length > MAX_PHONE || digits < 5)) {
			fail(field, 'careplan:errors.phone_invalid');
		}
		return trimmed;
	};
	const rows = <T extends GoalRow | MemberRow | RedFlagRow>(
		group: T[],
		first: (id: string) => string
	) => {
		const filled = group.filter((row) => !isBlankRow(row));
		const over = filled[MAX_ROWS];
		if (over) fail(first(over.id), 'careplan:errors.too_many_rows', { max: MAX_ROWS });
		return filled;
	};

	const whatMatters = list(FIELD.whatMatters, values.whatMatters);
	const goals = rows(values.goals, FIELD.goalText).map((row) => {
		const text = short(FIELD.goalText(row.id), row.text, MAX_TEXT);
		if (!text) fail(FIELD.goalText(row.id), 'careplan:errors.goal_text_missing');
		return { id: row.id, text, measure: short(FIELD.goalMeasure(row.id), row.measure, MAX_TEXT) };
	});
	const strategies = Object.fromEntries(
		STRATEGY_KINDS.map((kind) => [kind, list(FIELD.strategy(kind), values.strategies[kind])])
	) as CarePlanContent['strategies'];
	const medication = Object.fromEntries(
		MEDICATION_LISTS.map((key) => [key, list(FIELD.medication(key), values.medication[key])])
	) as CarePlanContent['medication'];
	const careTeam = rows(values.careTeam, FIELD.memberName).map((row) => {
		const name = short(FIELD.memberName(row.id), row.name, MAX_SHORT);
		if (!name) fail(FIELD.memberName(row.id), 'careplan:errors.member_name_missing');
		const role = CARE_TEAM_ROLES.find((known) => known === row.role);
		if (!role) fail(FIELD.memberRole(row.id), 'careplan:errors.member_role_missing');
		return {
			role: role ?? ('other' as CareTeamRole),
			name,
			jobTitle: short(FIELD.memberJobTitle(row.id), row.jobTitle, MAX_SHORT),
			phone: phone(FIELD.memberPhone(row.id), row.phone)
		};
	});
	const email = values.contact.email.trim();
	if (email && (email.length > MAX_SHORT || !EMAIL.test(email))) {
		fail(FIELD.contactEmail, 'careplan:errors.email_invalid');
	}
	const contact = {
		phone: phone(FIELD.contactPhone, values.contact.phone),
		hours: short(FIELD.contactHours, values.contact.hours, MAX_SHORT),
		email
	};
	const reviewDate = isoDate(values.reviewDate);
	if (reviewDate === undefined) {
		fail(
			FIELD.reviewDate,
			'careplan:errors.review_date_invalid',
			undefined,
			`${FIELD.reviewDate}-day`
		);
	}
	const reengagement = list(FIELD.reengagement, values.reengagement);
	const pifu = readPifu(values, fail);
	const flareLists = Object.fromEntries(
		FLARE_LISTS.map((name) => [name, list(FIELD.flare(name), values.flare[name])])
	);
	const contactAfterDays = wholeNumber(values.flare.contactAfterDays, 1, 90);
	if (contactAfterDays === undefined) {
		fail(FIELD.flareContactAfterDays, 'careplan:errors.contact_after_days_range', {
			min: 1,
			max: 90
		});
	}
	const extraRedFlags = rows(values.extraRedFlags, FIELD.redFlagText).map((row) => {
		const text = short(FIELD.redFlagText(row.id), row.text, MAX_RED_FLAG);
		const level = RED_FLAG_LEVELS.find((known) => known === row.level);
		if (!level) fail(FIELD.redFlagLevel(row.id), 'careplan:errors.red_flag_level_missing');
		return { id: row.id, level: level ?? ('emergency' as RedFlagLevel), text };
	});

	const schedule = readSchedule(values, fail);

	if (errors.length > 0) return { ok: false, errors };
	return {
		ok: true,
		content: {
			whatMatters,
			goals,
			strategies,
			medication,
			careTeam,
			contact,
			reviewDate: reviewDate ?? null,
			reengagement,
			pifu,
			flare: {
				...(flareLists as Record<FlareList, string[]>),
				contactAfterDays: contactAfterDays ?? null
			},
			extraRedFlags,
			...schedule
		}
	};
}

type Fail = (
	field: string,
	message: string,
	more?: Record<string, number>,
	anchor?: string
) => void;

/** PIFU is both a window end and a response time, or neither. */
function readPifu(values: CarePlanFormValues, fail: Fail): CarePlanContent['pifu'] {
	const windowEnd = isoDate(values.pifuWindowEnd);
	const days = values.pifuResponseDays.trim();
	const responseDays = wholeNumber(days, 1, 60);
	const dateAnchor = `${FIELD.pifuWindowEnd}-day`;
	if (windowEnd === undefined) {
		fail(FIELD.pifuWindowEnd, 'careplan:errors.pifu_date_invalid', undefined, dateAnchor);
	} else if (windowEnd === null && days) {
		fail(FIELD.pifuWindowEnd, 'careplan:errors.pifu_date_missing', undefined, dateAnchor);
	}
	if (responseDays === undefined) {
		fail(FIELD.pifuResponseDays, 'careplan:errors.response_days_range', { min: 1, max: 60 });
	} else if (responseDays === null && windowEnd) {
		fail(FIELD.pifuResponseDays, 'careplan:errors.response_days_missing');
	}
	return windowEnd && responseDays ? { windowEnd, responseDays } : null;
}

/** The service dates (discharge not before the start) and the questionnaires ticked. */
function readSchedule(
	values: CarePlanFormValues,
	fail: Fail
): Pick<CarePlanContent, 'startedOn' | 'dischargedOn' | 'standardQuestionnaires'> {
	const date = (field: string, parts: DateParts, message: string) => {
		const iso = isoDate(parts);
		if (iso === undefined) fail(field, message, undefined, `${field}-day`);
		return iso ?? null;
	};
	const startedOn = date(FIELD.startedOn, values.startedOn, 'careplan:errors.started_on_invalid');
	const dischargedOn = date(
		FIELD.dischargedOn,
		values.dischargedOn,
		'careplan:errors.discharged_on_invalid'
	);
	if (startedOn && dischargedOn && dischargedOn < startedOn) {
		const anchor = `${FIELD.dischargedOn}-day`;
		fail(FIELD.dischargedOn, 'careplan:errors.discharged_before_start', undefined, anchor);
	}
	// Only a changed page could send anything but the urls offered.
	const urls = [...new Set(values.standardQuestionnaires)];
	if (urls.length > MAX_LINES || urls.some((url) => !QUESTIONNAIRE_URL.test(url))) {
		fail(FIELD.standardQuestionnaires, 'careplan:errors.questionnaires_invalid');
	}
	return { startedOn, dischargedOn, standardQuestionnaires: urls };
}

/** `YYYY-MM-DD` for a real date, null when all boxes are empty, undefined otherwise. */
export function isoDate(parts: DateParts): string | null | undefined {
	const [day, month, year] = [parts.day, parts.month, parts.year].map((part) => part.trim());
	if (!day && !month && !year) return null;
	if (!/^\d{1,2}$/.test(day!) || !/^\d{1,2}$/.test(month!) || !/^(19|2\d)\d\d$/.test(year!)) {
		return undefined;
	}
	const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
	if (date.getUTCDate() !== Number(day) || date.getUTCMonth() !== Number(month) - 1) {
		return undefined;
	}
	return date.toISOString().slice(0, 10);
}

/** A whole number from min to max; null when empty, undefined when it is something else. */
function wholeNumber(text: string, min: number, max: number): number | null | undefined {
	const trimmed = text.trim();
	if (!trimmed) return null;
	const value = /^\d{1,3}$/.test(trimmed) ? Number(trimmed) : NaN;
	return value >= min && value <= max ? value : undefined;
}
