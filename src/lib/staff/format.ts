/**
 * Dates for the staff console. Times are shown in UK time whatever the server's or
 * browser's zone, so the server-rendered page and the hydrated one agree.
 */

const SERVICE_TIME_ZONE = 'Europe/London';

/** A calendar date (`YYYY-MM-DD`) or an instant's UK date, like "4 May 1970". */
export function formatDate(value: string, locale: string): string {
	const isDateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
	const date = new Date(isDateOnly ? `${value}T00:00:00Z` : value);
	if (Number.isNaN(date.getTime())) return value;
	return new Intl.DateTimeFormat(locale, {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: isDateOnly ? 'UTC' : SERVICE_TIME_ZONE
	}).format(date);
}

/** An instant in UK time, like "11 May 2026, 10:05". */
export function formatDateTime(value: string, locale: string): string {
	const date = new Date(value);
	if (Number.isNaN(date.getTime())) return value;
	return new Intl.DateTimeFormat(locale, {
		day: 'numeric',
		month: 'short',
		year: 'numeric',
		hour: '2-digit',
		minute: '2-digit',
		timeZone: SERVICE_TIME_ZONE
	}).format(date);
}
