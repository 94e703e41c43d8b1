import { describe, expect, it } from 'vitest';
import { scalesOf } from './score-scale';
import { INSTRUMENTS } from './scoring/registry';

describe('scalesOf', () => {
	it.each(INSTRUMENTS.map((instrument) => [instrument.id, instrument] as const))(
		'%s: one scale per score its scoring gives, in the same order',
		(id, instrument) => {
			const scored = instrument.score({}).scores.map((score) => score.id);
			expect(scalesOf(id).map((scale) => scale.scoreId)).toEqual(scored);
		}
	);

	it.each(INSTRUMENTS.map((instrument) => [instrument.id] as const))(
		'%s: bands run without gaps or overlaps over the whole range of the chart',
		(id) => {
			for (const scale of scalesOf(id)) {
				if (scale.bands.length === 0) continue;
				expect(scale.bands[0]?.min).toBe(scale.min);
				expect(scale.bands.at(-1)?.max).toBe(scale.max);
				scale.bands.slice(1).forEach((band, i) => {
					expect(band.min).toBe((scale.bands[i]?.max ?? NaN) + 1);
				});
			}
		}
	);
});
