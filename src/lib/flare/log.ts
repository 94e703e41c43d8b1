/**
 * The flare log form, as pure functions: what the person typed → a flare (or the problems,
 * each with its field and an i18n key), a flare → the form to change it, and how long a
 * flare lasted. Dates and times are wall-clock in the person's time zone (`timeZone`).
 * Rules: a start is needed and cannot be in the future; an end, when there is one, is after
 * the start and not in the future; severity is a whole number 0–10. How long a flare
 * lasted is in duration.ts.
 */
import type { DateParts } from '$lib/ui/types';
import { fromLocal, isRealDate, parseTime, toLocal, type LocalDateTime } from './local-time';
import type { FlareLogEntry } from './types';

export const FLARE_SEVERITY_MAX = 10;
export const MAX_TRIGGERS = 20;
export const MAX_TRIGGER_LENGTH = 200;
export const MAX_NOTE_LENGTH = 2000;

/** The flare log form as the page holds it: everything as typed. */
export interface FlareForm {
	startDate: DateParts;
	startTime: string;
	severity: number | null;
	/** Triggers ticked from the care plan's list. */
	planTriggers: string[];
	/** Other triggers, one a line. */
	otherTriggers: string;
	whatIDid: string;
	whatHelped: string;
	status: 'ongoing' | 'ended' | null;
	endDate: DateParts;
	endTime: string;
	send: boolean;
}

/** Form fields, named as the page's element ids (error summary links go to `#<field>`). */
export type FlareField =
	| 'start-date-day'
	| 'start-date-month'
	| 'start-date-year'
	| 'start-time'
	| 'severity'
	| 'status'
	| 'end-date-day'
	| 'end-date-month'
	| 'end-date-year'
	| 'end-time'
	| 'other-triggers'
	| 'what-i-did'
	| 'what-helped';

export interface FlareFieldError {
	field: FlareField;
	/** An i18n key in the `flarelog` namespace. */
	key: string;
}

/** What a valid form says about a flare. */
export type FlareDraft = Pick<
	FlareLogEntry,
	'startedAt' | 'endedAt' | 'severity' | 'triggers' | 'whatIDid' | 'whatHelped' | 'send'
>;

export type FlareFormResult =
	{ ok: true; value: FlareDraft } | { ok: false; errors: FlareFieldError[] };

const emptyDate = (): DateParts => ({ day: '', month: '', year: '' });
const pad = (value: number) => String(value).padStart(2, '0');

function partsOf(local: LocalDateTime): { date: DateParts; time: string } {
	return {
		date: { day: String(local.day), month: String(local.month), year: String(local.year) },
		time: `${pad(local.hour)}:${pad(local.minute)}`
	};
}

/**
 * The form for a new flare (starting now, still going) or to change `entry`. Ticked plan
 * triggers are those of the entry found in `planTriggers`; the rest go in the free text.
 */
export function formFor(
	entry: FlareLogEntry | null,
	options: { now: Date; timeZone: string; planTriggers: readonly string[] }
): FlareForm {
	const start = partsOf(toLocal(entry ? new Date(entry.startedAt) : options.now, options.timeZone));
	const end = entry?.endedAt ? partsOf(toLocal(new Date(entry.endedAt), options.timeZone)) : null;
	const fromPlan = (trigger: string) => options.planTriggers.includes(trigger);
	return {
		startDate: start.date,
		startTime: start.time,
		severity: entry?.severity ?? null,
		planTriggers: entry ? entry.triggers.filter(fromPlan) : [],
		otherTriggers: entry ? entry.triggers.filter((trigger) => !fromPlan(trigger)).join('\n') : '',
		whatIDid: entry?.whatIDid ?? '',
		whatHelped: entry?.whatHelped ?? '',
		status: entry ? (entry.endedAt ? 'ended' : 'ongoing') : 'ongoing',
		endDate: end?.date ?? emptyDate(),
		endTime: end?.time ?? '',
		send: entry?.send ?? false
	};
}

type Moment =
	{ ok: true; instant: Date } | { ok: false; field: FlareField; problem: 'missing' | 'invalid' };

function readMoment(date: DateParts, time: string, prefix: 'start' | 'end', timeZone: string) {
	const text = { day: date.day.trim(), month: date.month.trim(), year: date.year.trim() };
	const blank = (['day', 'month', 'year'] as const).find((part) => !text[part]);
	if (blank) return { ok: false, field: `${prefix}-date-${blank}`, problem: 'missing' } as Moment;
	const [day, month, year] = [text.day, text.month, text.year].map((part) =>
		/^\d+$/.test(part) ? Number(part) : NaN
	) as [number, number, number];
	if (text.year.length !== 4 || year < 1900 || !isRealDate(year, month, day)) {
		return { ok: false, field: `${prefix}-date-day`, problem: 'invalid' } as Moment;
	}
	if (!time.trim()) return { ok: false, field: `${prefix}-time`, problem: 'missing' } as Moment;
	const clock = parseTime(time);
	if (!clock) return { ok: false, field: `${prefix}-time`, problem: 'invalid' } as Moment;
	return { ok: true, instant: fromLocal({ year, month, day, ...clock }, timeZone) } as Moment;
}

const MOMENT_KEYS = {
	start: {
		date: {
			missing: 'flarelog:errors.start_date_missing',
			invalid: 'flarelog:errors.start_date_invalid'
		},
		time: {
			missing: 'flarelog:errors.start_time_missing',
			invalid: 'flarelog:errors.start_time_invalid'
		},
		future: 'flarelog:errors.start_future'
	},
	end: {
		date: {
			missing: 'flarelog:errors.end_date_missing',
			invalid: 'flarelog:errors.end_date_invalid'
		},
		time: {
			missing: 'flarelog:errors.end_time_missing',
			invalid: 'flarelog:errors.end_time_invalid'
		},
		future: 'flarelog:errors.end_future'
	}
} as const;

/** Plan triggers then the free text's lines, trimmed, without blanks or repeats. */
export function collectTriggers(planTriggers: readonly string[], otherTriggers: string): string[] {
	const seen = new Set<string>();
	const triggers: string[] = [];
	for (const raw of [...planTriggers, ...otherTriggers.split(/\r?\n/)]) {
		const trigger = raw.trim().replace(/\s+/g, ' ');
		if (!trigger || seen.has(trigger.toLocaleLowerCase())) continue;
		seen.add(trigger.toLocaleLowerCase());
		triggers.push(trigger);
	}
	return triggers;
}

/** Checks the form; every problem is reported at once, so the person fixes them in one go. */
export function readFlareForm(
	form: FlareForm,
	options: { now: Date; timeZone: string }
): FlareFormResult {
	const errors: FlareFieldError[] = [];
	const moment = (prefix: 'start' | 'end', date: DateParts, time: string) => {
		const read = readMoment(date, time, prefix, options.timeZone);
		if (!read.ok) {
			const kind = read.field.endsWith('time') ? 'time' : 'date';
			errors.push({ field: read.field, key: MOMENT_KEYS[prefix][kind][read.problem] });
			return null;
		}
		if (read.instant.getTime() > options.now.getTime()) {
			errors.push({ field: `${prefix}-date-day`, key: MOMENT_KEYS[prefix].future });
			return null;
		}
		return read.instant;
	};

	const start = moment('start', form.startDate, form.startTime);
	const isSeverity =
		Number.isInteger(form.severity) &&
		(form.severity as number) >= 0 &&
		(form.severity as number) <= FLARE_SEVERITY_MAX;
	if (!isSeverity) errors.push({ field: 'severity', key: 'flarelog:errors.severity_missing' });

	let end: Date | null = null;
	if (form.status === null) errors.push({ field: 'status', key: 'flarelog:errors.status_missing' });
	if (form.status === 'ended') {
		end = moment('end', form.endDate, form.endTime);
		if (start && end && end.getTime() <= start.getTime()) {
			errors.push({ field: 'end-date-day', key: 'flarelog:errors.end_before_start' });
		}
	}

	const triggers = collectTriggers(form.planTriggers, form.otherTriggers);
	if (triggers.length > MAX_TRIGGERS) {
		errors.push({ field: 'other-triggers', key: 'flarelog:errors.too_many_triggers' });
	} else if (triggers.some((trigger) => trigger.length > MAX_TRIGGER_LENGTH)) {
		errors.push({ field: 'other-triggers', key: 'flarelog:errors.trigger_too_long' });
	}
	const whatIDid = form.whatIDid.trim();
	const whatHelped = form.whatHelped.trim();
	if (whatIDid.length > MAX_NOTE_LENGTH)
		errors.push({ field: 'what-i-did', key: 'flarelog:errors.what_i_did_too_long' });
	if (whatHelped.length > MAX_NOTE_LENGTH)
		errors.push({ field: 'what-helped', key: 'flarelog:errors.what_helped_too_long' });

	if (errors.length > 0 || !start) return { ok: false, errors };
	return {
		ok: true,
		value: {
			startedAt: start.toISOString(),
			endedAt: end ? end.toISOString() : null,
			severity: form.severity as number,
			triggers,
			whatIDid,
			whatHelped,
			send: form.send
		}
	};
}

/** A new flare from a valid form, or `previous` changed by it (its id and creation kept). */
export function entryFrom(
	draft: FlareDraft,
	options: { now: Date; id: string; previous?: FlareLogEntry | null }
): FlareLogEntry {
	const createdAt = options.previous?.createdAt ?? options.now.toISOString();
	return {
		...options.previous,
		...draft,
		id: options.previous?.id ?? options.id,
		createdAt,
		updatedAt: options.now.toISOString()
	};
}
