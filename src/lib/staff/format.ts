/**
 * Dates for the staff console. Times are shown in UK time whatever the server's or
 * browser's zone, so the server-rendered page and the hydrated one agree.
 */

import { formatCalendarDate } from '$lib/i18n/dates';

const SERVICE_TIME_ZONE = 'Europe/London';

/** A calendar date (`YYYY-MM-DD`) or an instant's UK date, like "4 May 1970". */
export function formatDate(value: string, locale: string): string {
	return formatCalendarDate(value, locale, SERVICE_TIME_ZONE);
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
