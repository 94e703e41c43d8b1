/**
 * Dates in the person's language. A calendar date (`YYYY-MM-DD`, a review date) is shown as
 * that day wherever the device is; an instant (when a plan was published) as its day in
 * the given time zone (the device's by default; the staff console passes UK time).
 */

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** "30 June 2026" for a calendar date or an instant; the input itself if it is not a date. */
export function formatCalendarDate(value: string, locale: string, timeZone?: string): string {
	const isDateOnly = DATE_ONLY.test(value);
	const date = new Date(isDateOnly ? `${value}T00:00:00Z` : value);
	if (Number.isNaN(date.getTime())) return value;
	return new Intl.DateTimeFormat(locale, {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: isDateOnly ? 'UTC' : timeZone
	}).format(date);
}

/**
 * "3 Mar" (or "3 Mar 2026" with `withYear`) for an instant, as its day in `timeZone` (the
 * device's by default): for the axis of a chart, where the long form does not fit.
 */
export function formatShortDate(
	value: number | string,
	locale: string,
	options: { withYear?: boolean; timeZone?: string } = {}
): string {
	const date = new Date(value);
	if (Number.isNaN(date.getTime())) return String(value);
	return new Intl.DateTimeFormat(locale, {
		day: 'numeric',
		month: 'short',
		year: options.withYear ? 'numeric' : undefined,
		timeZone: options.timeZone
	}).format(date);
}

/** The calendar date (`YYYY-MM-DD`) of `now` in `timeZone` (the device's by default). */
export function localIsoDate(now: Date, timeZone?: string): string {
	// en-CA formats dates as YYYY-MM-DD.
	return new Intl.DateTimeFormat('en-CA', {
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		timeZone
	}).format(now);
}
