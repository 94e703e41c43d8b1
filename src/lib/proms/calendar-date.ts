/**
 * Calendar dates ("2026-08-31") with no time and no time zone, so adding days or months
 * can never be shifted by a clock change. Arithmetic runs on UTC midnights, which have no
 * daylight saving; only "what date is it now" needs a zone (`dateIn`).
 */
import { toLocal } from '$lib/flare/local-time';

/** A calendar date, YYYY-MM-DD. */
export type CalendarDate = string;

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(date: CalendarDate): [number, number, number] {
	const match = PATTERN.exec(date);
	const [year, month, day] = [Number(match?.[1]), Number(match?.[2]), Number(match?.[3])];
	if (!match || format(Date.UTC(year, month - 1, day)) !== date) {
		throw new RangeError(`Not a calendar date: ${date}`);
	}
	return [year, month, day];
}

function format(epochMs: number): CalendarDate {
	return new Date(epochMs).toISOString().slice(0, 10);
}

/** True for a real YYYY-MM-DD date (not 2026-02-30). */
export function isCalendarDate(value: string): boolean {
	try {
		parts(value);
		return true;
	} catch {
		return false;
	}
}

/** `date` plus `days` (negative to go back). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
	const [year, month, day] = parts(date);
	return format(Date.UTC(year, month - 1, day + days));
}

/**
 * `date` plus `months`, kept inside the target month: 31 August + 3 months is 30 November
 * (as Temporal's "constrain"), never 1 December.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
	const [year, month, day] = parts(date);
	const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
	return format(Date.UTC(year, month - 1 + months, Math.min(day, lastDay)));
}

/** The calendar date of an instant in `timeZone` (Europe/London by default). */
export function dateIn(instant: Date, timeZone = 'Europe/London'): CalendarDate {
	const local = toLocal(instant, timeZone);
	return format(Date.UTC(local.year, local.month - 1, local.day));
}
