import { describe, expect, it } from 'vitest';
import { MIN_BAR_PERCENT, timelineLayout, timelineSummary } from './timeline';

const now = new Date('2026-04-10T12:00:00Z');
const options = { now, days: 90, timeZone: 'Europe/London' };
const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY).toISOString();
const flare = (id: string, start: number, end: number | null, severity = 5) => ({
	id,
	startedAt: daysAgo(start),
	endedAt: end === null ? null : daysAgo(end),
	severity
});

describe('timelineLayout', () => {
	it('places each flare by its start and length, as a share of the window', () => {
		const layout = timelineLayout([flare('a', 45, 36, 6)], options);
		expect(layout.from).toBe(daysAgo(90));
		expect(layout.to).toBe(now.toISOString());
		expect(layout.bars).toEqual([
			{
				id: 'a',
				startedAt: daysAgo(45),
				endedAt: daysAgo(36),
				severity: 6,
				offset: 50,
				width: 10,
				lane: 0,
				isClipped: false
			}
		]);
		expect(layout.lanes).toBe(1);
	});

	it('draws a flare still going up to now', () => {
		const [bar] = timelineLayout([flare('a', 9, null)], options).bars;
		expect(bar).toMatchObject({ offset: 90, width: 10, endedAt: null });
	});

	it('clips a flare that began before the window, and leaves out older ones', () => {
		const layout = timelineLayout([flare('old', 200, 100), flare('long', 120, 81)], options);
		expect(layout.bars.map((bar) => bar.id)).toEqual(['long']);
		expect(layout.bars[0]).toMatchObject({ offset: 0, width: 10, isClipped: true });
	});

	it('gives a flare of an hour a bar that can be seen, inside the window', () => {
		const hour = { id: 'h', startedAt: daysAgo(1 / 48), endedAt: now.toISOString(), severity: 3 };
		const [bar] = timelineLayout([hour], options).bars;
		expect(bar?.width).toBe(MIN_BAR_PERCENT);
		expect(bar!.offset + bar!.width).toBeLessThanOrEqual(100);
	});

	it('puts overlapping flares on separate lanes, and reuses a lane once free', () => {
		const layout = timelineLayout(
			[flare('c', 30, 20), flare('a', 60, 40), flare('b', 50, 30)],
			options
		);
		expect(layout.bars.map((bar) => [bar.id, bar.lane])).toEqual([
			['a', 0],
			['b', 1],
			['c', 0]
		]);
		expect(layout.lanes).toBe(2);
	});

	it('marks the first of each month at local midnight', () => {
		const layout = timelineLayout([], options);
		expect(layout.ticks.map((tick) => tick.at)).toEqual([
			'2026-02-01T00:00:00.000Z',
			'2026-03-01T00:00:00.000Z',
			'2026-03-31T23:00:00.000Z' // 1 April, midnight BST
		]);
		for (const tick of layout.ticks) {
			expect(tick.offset).toBeGreaterThan(0);
			expect(tick.offset).toBeLessThan(100);
		}
		expect(layout.lanes).toBe(1);
	});

	it('crosses a year end', () => {
		const layout = timelineLayout([], { ...options, now: new Date('2026-01-20T12:00:00Z') });
		expect(layout.ticks.map((tick) => tick.at)).toEqual([
			'2025-11-01T00:00:00.000Z',
			'2025-12-01T00:00:00.000Z',
			'2026-01-01T00:00:00.000Z'
		]);
	});
});

describe('timelineSummary', () => {
	it('counts the flares shown and finds the worst', () => {
		const layout = timelineLayout([flare('a', 60, 50, 4), flare('b', 20, 10, 9)], options);
		expect(timelineSummary(layout)).toEqual({ count: 2, worst: 9 });
		expect(timelineSummary(timelineLayout([], options))).toEqual({ count: 0, worst: null });
	});
});
