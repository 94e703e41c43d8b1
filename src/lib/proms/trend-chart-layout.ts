/**
 * Where a trend chart puts things: the time axis (its ends and ticks), the shaded band
 * regions and their colours. Pure, so what the chart draws can be tested without a canvas.
 * Invariants (H-022): a score on a band's edge sits inside its band, never on the line
 * between two (whole-number scores, so regions meet half-way between bands); the line keeps
 * a 3:1 contrast against every shading (WCAG 1.4.11).
 */
import type { Band } from './scoring/types';

const DAY = 24 * 60 * 60 * 1000;
/** At most this many dates under the chart, so they never overlap on a narrow screen. */
export const MAX_TIME_TICKS = 5;

export interface TimeAxis {
	min: number;
	max: number;
	/** Where dates are written: at each response when they fit, else evenly spread. */
	ticks: number[];
	/** The dates cover more than one calendar year, so ticks need the year. */
	needsYear: boolean;
}

/** The time axis for responses given at `times` (ms since the epoch, any order). */
export function timeAxis(times: readonly number[], timeZone?: string): TimeAxis {
	const sorted = [...new Set(times)].sort((a, b) => a - b);
	const first = sorted[0] ?? 0;
	const last = sorted.at(-1) ?? 0;
	// Some room either side, so the first and latest points are not cut in half.
	const pad = Math.max((last - first) * 0.05, 2 * DAY);
	const ticks =
		sorted.length <= MAX_TIME_TICKS
			? sorted
			: Array.from(
					{ length: MAX_TIME_TICKS },
					(_, i) => first + ((last - first) * i) / (MAX_TIME_TICKS - 1)
				);
	const year = (time: number) =>
		new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone }).format(time);
	return { min: first - pad, max: last + pad, ticks, needsYear: year(first) !== year(last) };
}

/** Band shading fills, lowest band first: light tints of one hue, darker as the band rises. */
export const BAND_FILLS = ['#eef5fb', '#d6e7f5', '#bcd7ee', '#a3c7e7', '#8ab7e0'] as const;
/** The score's line and points: NHS dark grey. */
export const LINE_COLOUR = '#212b32';
/** The lines between bands: NHS mid grey. */
export const EDGE_COLOUR = '#4c6272';

export interface BandRegion {
	band: Band;
	/** Lower and upper edge of the shading, in score units. */
	from: number;
	to: number;
	fill: string;
}

/** The shaded region of each band, between `min` and `max` of the chart. */
export function bandRegions(bands: readonly Band[], min: number, max: number): BandRegion[] {
	return bands.map((band, i) => {
		const below = bands[i - 1];
		const above = bands[i + 1];
		return {
			band,
			from: below ? (below.max + band.min) / 2 : min,
			to: above ? (band.max + above.min) / 2 : max,
			fill: BAND_FILLS[Math.min(i, BAND_FILLS.length - 1)] ?? BAND_FILLS[0]
		};
	});
}

/** Where the score axis is labelled: the chart's ends and the start of each band above the first. */
export function bandTicks(bands: readonly Band[], min: number, max: number): number[] {
	if (bands.length === 0) return [];
	return [min, ...bands.slice(1).map((band) => band.min), max];
}

function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const channel = parseInt(hex.slice(i, i + 2), 16) / 255;
		return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
	}) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two `#rrggbb` colours. */
export function contrastRatio(a: string, b: string): number {
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (light + 0.05) / (dark + 0.05);
}
