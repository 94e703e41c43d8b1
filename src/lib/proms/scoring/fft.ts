/**
 * Friends and Family Test: the answer is the result; a service reports counts.
 * Source: NHS England, Using the Friends and Family Test to improve patient experience
 * (guidance, 2019; in use from April 2020): the mandatory question and its six answers;
 * the percentage positive is "very good" and "good" out of all answers.
 * Ordinal values 1–6 in the bundled definition are codes, not scores (6 = don't know).
 */
import { QUESTIONNAIRE_BASE, readItems } from './common';
import type { Band, Instrument, ScoreResult } from './types';

export const FFT_ITEM = 'fft-overall';

function answer(id: string, value: number, name: string): Band {
	return {
		id,
		min: value,
		max: value,
		name,
		means: 'proms:band.fft.means',
		notMeans: 'proms:band.fft.not_means'
	};
}

export const FFT_ANSWERS: readonly Band[] = [
	answer('very-good', 1, 'proms:band.fft.very_good'),
	answer('good', 2, 'proms:band.fft.good'),
	answer('neither', 3, 'proms:band.fft.neither'),
	answer('poor', 4, 'proms:band.fft.poor'),
	answer('very-poor', 5, 'proms:band.fft.very_poor'),
	answer('dont-know', 6, 'proms:band.fft.dont_know')
];

export const fft: Instrument = {
	id: 'fft',
	url: `${QUESTIONNAIRE_BASE}fft`,
	licensed: false,
	score(values) {
		const { answered, missing } = readItems(values, [FFT_ITEM], 1, 6);
		const value = answered[0] ?? null;
		const band = FFT_ANSWERS.find((option) => option.min === value) ?? null;
		return {
			instrument: 'fft',
			scores: [{ id: 'answer', value, band, loinc: null, missing }],
			flags: []
		};
	},
	// An experience answer about one contact is not a change in health.
	change: () => []
};

/** Counts of each answer over many responses, and the NHS "percentage positive". */
export function fftCounts(results: readonly ScoreResult[]): {
	counts: Record<string, number>;
	total: number;
	percentPositive: number | null;
} {
	const counts: Record<string, number> = Object.fromEntries(FFT_ANSWERS.map((a) => [a.id, 0]));
	let total = 0;
	for (const result of results) {
		const id = result.scores.find((score) => score.id === 'answer')?.band?.id;
		if (id === undefined) continue;
		counts[id] = (counts[id] ?? 0) + 1;
		total += 1;
	}
	const positive = (counts['very-good'] ?? 0) + (counts.good ?? 0);
	return {
		counts,
		total,
		percentPositive: total === 0 ? null : Math.round((positive / total) * 1000) / 10
	};
}
