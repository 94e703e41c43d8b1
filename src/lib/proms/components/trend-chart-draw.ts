// Draws a trend chart with chart.js. Imported only by TrendChart.svelte, with a dynamic
// import(), so chart.js is loaded only on pages that show a chart (DESIGN §7). Only the
// parts used are registered, so the rest of chart.js is left out of the bundle.
import {
	Chart,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	type ChartConfiguration,
	type Plugin
} from 'chart.js';
import {
	EDGE_COLOUR,
	LINE_COLOUR,
	type BandRegion,
	type TimeAxis
} from '$lib/proms/trend-chart-layout';

Chart.register(LineController, LineElement, PointElement, LinearScale);

/** Everything the chart shows; the component works it out, this module only draws it. */
export interface TrendDrawing {
	/** x: time in ms; y: the score, null for a response that could not be scored (a gap). */
	points: { x: number; y: number | null }[];
	regions: BandRegion[];
	min: number;
	max: number;
	axis: TimeAxis;
	formatTime: (time: number) => string;
	formatValue: (value: number) => string;
	/** Where the score axis is labelled (the start of each band); evenly when empty. */
	valueTicks: number[];
	font: { family: string; size: number };
}

export interface TrendChartHandle {
	update(drawing: TrendDrawing): void;
	destroy(): void;
}

const TEXT_COLOUR = '#212b32';

/** Shades each band's region behind the grid and the line, with a line at each edge. */
function bandShading(drawing: () => TrendDrawing): Plugin<'line'> {
	return {
		id: 'tendBandShading',
		beforeDraw(chart) {
			const { ctx, chartArea, scales } = chart;
			const y = scales.y;
			if (!y) return;
			const { regions, max } = drawing();
			ctx.save();
			for (const region of regions) {
				const top = y.getPixelForValue(region.to);
				const bottom = y.getPixelForValue(region.from);
				ctx.fillStyle = region.fill;
				ctx.fillRect(chartArea.left, top, chartArea.width, bottom - top);
				if (region.to < max) {
					ctx.strokeStyle = EDGE_COLOUR;
					ctx.lineWidth = 1;
					ctx.setLineDash([4, 3]);
					ctx.beginPath();
					ctx.moveTo(chartArea.left, Math.round(top) + 0.5);
					ctx.lineTo(chartArea.right, Math.round(top) + 0.5);
					ctx.stroke();
				}
			}
			ctx.restore();
		}
	};
}

function configOf(drawing: TrendDrawing, plugin: Plugin<'line'>): ChartConfiguration<'line'> {
	const font = { family: drawing.font.family, size: drawing.font.size };
	return {
		type: 'line',
		data: {
			datasets: [
				{
					data: drawing.points,
					borderColor: LINE_COLOUR,
					backgroundColor: LINE_COLOUR,
					pointBorderColor: '#ffffff',
					pointRadius: 5,
					pointBorderWidth: 1,
					borderWidth: 3,
					spanGaps: false,
					tension: 0
				}
			]
		},
		options: {
			responsive: true,
			maintainAspectRatio: false,
			// Never animated: a chart caught mid-animation shows values that are not there
			// (H-022), and people who ask for reduced motion get none.
			animation: false,
			parsing: false,
			// Nothing to hover or click: the table next to the chart gives every value.
			events: [],
			scales: {
				x: {
					type: 'linear',
					min: drawing.axis.min,
					max: drawing.axis.max,
					afterBuildTicks: (scale) => {
						scale.ticks = drawing.axis.ticks.map((value) => ({ value }));
					},
					ticks: {
						callback: (value) => drawing.formatTime(Number(value)),
						maxRotation: 0,
						color: TEXT_COLOUR,
						font
					},
					grid: { display: false },
					border: { color: TEXT_COLOUR }
				},
				y: {
					type: 'linear',
					min: drawing.min,
					max: drawing.max,
					afterBuildTicks: (scale) => {
						if (drawing.valueTicks.length > 0)
							scale.ticks = drawing.valueTicks.map((value) => ({ value }));
					},
					ticks: {
						precision: 0,
						callback: (value) => drawing.formatValue(Number(value)),
						color: TEXT_COLOUR,
						font
					},
					// The band edges are the grid when there are bands.
					grid: {
						display: drawing.valueTicks.length === 0,
						color: 'rgba(33, 43, 50, 0.12)'
					},
					border: { color: TEXT_COLOUR }
				}
			}
		},
		plugins: [plugin]
	};
}

/** Draws the chart on `canvas`; `update` redraws it with new data or a new language. */
export function drawTrend(canvas: HTMLCanvasElement, first: TrendDrawing): TrendChartHandle {
	let current = first;
	const plugin = bandShading(() => current);
	const chart = new Chart(canvas, configOf(current, plugin));
	return {
		update(drawing) {
			current = drawing;
			const next = configOf(drawing, plugin);
			chart.data = next.data;
			chart.options = next.options!;
			chart.update('none');
		},
		destroy: () => chart.destroy()
	};
}
