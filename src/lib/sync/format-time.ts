/** Date and time for people, in the app's language and the device's time zone: "29 Mar 2026, 10:32". */
export function formatDateTime(iso: string, locale: string, timeZone?: string): string {
	return new Intl.DateTimeFormat(locale, {
		dateStyle: 'medium',
		timeStyle: 'short',
		timeZone
	}).format(new Date(iso));
}

/** Time of day for people: "10:32". */
export function formatTime(iso: string, locale: string, timeZone?: string): string {
	return new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone }).format(new Date(iso));
}
