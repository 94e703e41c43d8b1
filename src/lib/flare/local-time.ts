/**
 * Wall-clock date and time in a named time zone ↔ an instant, with no date library.
 * Invariant: a time that happens twice (clocks going back) means the first of the two; a
 * time that never happens (clocks going forward) is read with the offset from before the
 * change, so 01:30 on the morning the UK clocks go forward becomes 02:30 BST.
 * See: https://tc39.es/proposal-temporal/docs/ambiguity.html ("compatible" disambiguation)
 */

/** A wall-clock date and time. Month is 1–12. */
export interface LocalDateTime {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
}

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
	let formatter = formatters.get(timeZone);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat('en-GB', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric'
		});
		formatters.set(timeZone, formatter);
	}
	return formatter;
}

/** The wall-clock date and time of an instant in `timeZone`. */
export function toLocal(instant: Date, timeZone: string): LocalDateTime {
	const parts = Object.fromEntries(
		formatterFor(timeZone)
			.formatToParts(instant)
			.map((part) => [part.type, Number(part.value)])
	);
	return {
		year: parts.year ?? 0,
		month: parts.month ?? 0,
		day: parts.day ?? 0,
		hour: parts.hour ?? 0,
		minute: parts.minute ?? 0
	};
}

/** Minutes `timeZone` is ahead of UTC at an instant (60 for BST). */
function offsetMinutes(epochMs: number, timeZone: string): number {
	const local = toLocal(new Date(epochMs), timeZone);
	const seconds = new Date(epochMs).getUTCSeconds();
	const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, seconds);
	return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / 60_000);
}

/** The instant a wall-clock date and time in `timeZone` stands for (see the header). */
export function fromLocal(local: LocalDateTime, timeZone: string): Date {
	const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
	const before = offsetMinutes(asUtc - DAY_MS, timeZone);
	const after = offsetMinutes(asUtc + DAY_MS, timeZone);
	const candidates = [before, after]
		.map((offset) => asUtc - offset * 60_000)
		.filter((epochMs) => offsetMinutes(epochMs, timeZone) * 60_000 === asUtc - epochMs)
		.sort((a, b) => a - b);
	return new Date(candidates[0] ?? asUtc - before * 60_000);
}

/** Whether year/month/day name a real calendar date (no 31 April, 29 February only in leap years). */
export function isRealDate(year: number, month: number, day: number): boolean {
	if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
	const date = new Date(Date.UTC(year, month - 1, day));
	return (
		date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
	);
}

const TIME = /^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$/i;

/** "14:30", "14.30", "2:30pm", "2pm" → hour and minute, or null. */
export function parseTime(text: string): { hour: number; minute: number } | null {
	const match = TIME.exec(text.trim());
	if (!match) return null;
	const [, hours = '', minutes, meridiem] = match;
	let hour = Number(hours);
	const minute = minutes === undefined ? 0 : Number(minutes);
	if (minutes === undefined && !meridiem) return null;
	if (meridiem) {
		if (hour < 1 || hour > 12) return null;
		hour = (hour % 12) + (meridiem.toLowerCase().startsWith('p') ? 12 : 0);
	}
	return hour <= 23 && minute <= 59 ? { hour, minute } : null;
}
