/**
 * The flare timeline's layout: the last N days as a line from 0 % (oldest) to 100 % (now),
 * each flare a bar from its start to its end (or now, while it goes on), clipped to the
 * window. Flares that overlap in time go on separate lanes, so none hides another.
 * Positions are fractions of the window, for CSS logical properties (right-to-left works).
 */
import { fromLocal, toLocal } from './local-time';
import type { FlareLogEntry } from './types';

const DAY_MS = 86_400_000;
/** A bar is at least this wide (%), so a flare of a few hours can still be seen. */
export const MIN_BAR_PERCENT = 1;

export interface TimelineBar {
	id: string;
	startedAt: string;
	endedAt: string | null;
	severity: number;
	/** Where the bar starts, 0–100 % of the window. */
	offset: number;
	/** How wide it is, % of the window. */
	width: number;
	/** 0 for the first lane. */
	lane: number;
	/** Began before the window. */
	isClipped: boolean;
}

export interface TimelineTick {
	/** The first of a month, as an ISO instant (midnight in the person's time zone). */
	at: string;
	offset: number;
}

export interface TimelineLayout {
	from: string;
	to: string;
	bars: TimelineBar[];
	lanes: number;
	ticks: TimelineTick[];
}

type Flare = Pick<FlareLogEntry, 'id' | 'startedAt' | 'endedAt' | 'severity'>;

/** First of each month inside the window, at local midnight. */
function monthTicks(from: number, to: number, timeZone: string): TimelineTick[] {
	const ticks: TimelineTick[] = [];
	const first = toLocal(new Date(from), timeZone);
	let year = first.year;
	let month = first.month + 1;
	for (;;) {
		if (month > 12) [year, month] = [year + 1, 1];
		const at = fromLocal({ year, month, day: 1, hour: 0, minute: 0 }, timeZone).getTime();
		if (at > to) return ticks;
		ticks.push({ at: new Date(at).toISOString(), offset: ((at - from) / (to - from)) * 100 });
		month += 1;
	}
}

/** Lays out the flares of the last `days` days up to `now`, oldest first. */
export function timelineLayout(
	entries: readonly Flare[],
	options: { now: Date; days: number; timeZone: string }
): TimelineLayout {
	const to = options.now.getTime();
	const from = to - options.days * DAY_MS;
	const span = to - from;
	const laneEnds: number[] = [];
	const bars: TimelineBar[] = [];
	const sorted = [...entries].sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
	for (const entry of sorted) {
		const start = Date.parse(entry.startedAt);
		const end = Math.min(entry.endedAt ? Date.parse(entry.endedAt) : to, to);
		if (end < from || start > to) continue;
		const shownStart = Math.max(start, from);
		const width = Math.max(((end - shownStart) / span) * 100, MIN_BAR_PERCENT);
		const offset = Math.min(((shownStart - from) / span) * 100, 100 - MIN_BAR_PERCENT);
		let lane = laneEnds.findIndex((laneEnd) => laneEnd <= offset);
		if (lane === -1) lane = laneEnds.length;
		laneEnds[lane] = offset + width;
		bars.push({
			id: entry.id,
			startedAt: entry.startedAt,
			endedAt: entry.endedAt,
			severity: entry.severity,
			offset,
			width: Math.min(width, 100 - offset),
			lane,
			isClipped: start < from
		});
	}
	return {
		from: new Date(from).toISOString(),
		to: options.now.toISOString(),
		bars,
		lanes: Math.max(laneEnds.length, 1),
		ticks: monthTicks(from, to, options.timeZone)
	};
}

/** For the sentence that describes the timeline: how many flares, and the worst severity. */
export function timelineSummary(layout: TimelineLayout): { count: number; worst: number | null } {
	const worst = layout.bars.reduce<number | null>(
		(max, bar) => (max === null || bar.severity > max ? bar.severity : max),
		null
	);
	return { count: layout.bars.length, worst };
}
