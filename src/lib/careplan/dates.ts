/**
 * Dates on "My plan", in the person's language and the device's time zone. A calendar date
 * (`YYYY-MM-DD`, a review date) is shown as that day wherever the device is; an instant
 * (when a plan was published) as the device's local day.
 */

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** "30 June 2026" for a calendar date or an instant; the input itself if it is not a date. */
export function formatPlanDate(value: string, locale: string, timeZone?: string): string {
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
