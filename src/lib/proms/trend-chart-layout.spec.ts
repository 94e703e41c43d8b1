import { describe, expect, it } from 'vitest';
import { PHQ9_BANDS } from './scoring/phq9';
import { PSEQ_BANDS } from './scoring/pseq';
import {
	BAND_FILLS,
	bandRegions,
	bandTicks,
	contrastRatio,
	EDGE_COLOUR,
	LINE_COLOUR,
	MAX_TIME_TICKS,
	timeAxis
} from './trend-chart-layout';

const DAY = 24 * 60 * 60 * 1000;
const at = (iso: string) => Date.parse(iso);

describe('timeAxis', () => {
	it('puts a tick at each response when they fit, with room either side', () => {
		const times = [at('2026-03-20T09:00Z'), at('2026-03-01T09:00Z'), at('2026-04-10T09:00Z')];
		const axis = timeAxis(times, 'Europe/London');
		expect(axis.ticks).toEqual([...times].sort((a, b) => a - b));
		expect(axis.min).toBeLessThan(at('2026-03-01T09:00Z'));
		expect(axis.max).toBeGreaterThan(at('2026-04-10T09:00Z'));
		expect(axis.needsYear).toBe(false);
	});

	it('gives a single response a week of room, centred on it', () => {
		const axis = timeAxis([at('2026-03-01T09:00Z')]);
		expect(axis.ticks).toEqual([at('2026-03-01T09:00Z')]);
		expect(axis.max - axis.min).toBe(4 * DAY);
	});

	it('spreads ticks evenly when there are many responses, and shows years across a new year', () => {
		const times = Array.from({ length: 12 }, (_, i) => at('2025-11-01T09:00Z') + i * 7 * DAY);
		const axis = timeAxis(times, 'Europe/London');
		expect(axis.ticks).toHaveLength(MAX_TIME_TICKS);
		expect(axis.ticks[0]).toBe(times[0]);
		expect(axis.ticks.at(-1)).toBe(times.at(-1));
		expect(axis.needsYear).toBe(true);
	});
});

describe('bandRegions', () => {
	it('shades PHQ-9 bands from 0 to 27, meeting half-way so an edge score sits in its band', () => {
		const regions = bandRegions(PHQ9_BANDS, 0, 27);
		expect(regions.map((r) => [r.band.id, r.from, r.to])).toEqual([
			['minimal', 0, 4.5],
			['mild', 4.5, 9.5],
			['moderate', 9.5, 14.5],
			['moderately-severe', 14.5, 19.5],
			['severe', 19.5, 27]
		]);
		// Each band its own shade, so neighbours never look like one band.
		expect(new Set(regions.map((r) => r.fill)).size).toBe(5);
	});

	it('shades PSEQ bands (higher is better) over the same rules', () => {
		expect(bandRegions(PSEQ_BANDS, 0, 60).map((r) => [r.from, r.to])).toEqual([
			[0, 19.5],
			[19.5, 30.5],
			[30.5, 40.5],
			[40.5, 60]
		]);
	});
});

describe('bandTicks', () => {
	it('labels the score axis at its ends and where each band starts', () => {
		expect(bandTicks(PHQ9_BANDS, 0, 27)).toEqual([0, 5, 10, 15, 20, 27]);
		expect(bandTicks(PSEQ_BANDS, 0, 60)).toEqual([0, 20, 31, 41, 60]);
		expect(bandTicks([], 0, 10)).toEqual([]);
	});
});

describe('colours', () => {
	it.each(BAND_FILLS)('the line and the band edges keep 3:1 contrast against %s', (fill) => {
		expect(contrastRatio(LINE_COLOUR, fill)).toBeGreaterThanOrEqual(3);
		expect(contrastRatio(EDGE_COLOUR, fill)).toBeGreaterThanOrEqual(3);
	});

	it('computes the WCAG ratio (black on white is 21:1)', () => {
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
	});
});
