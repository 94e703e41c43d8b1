import { beforeAll, describe, expect, it } from 'vitest';
import { loadStrings } from '$lib/i18n/i18n.svelte';
import { QUESTIONNAIRE_BASE } from '$lib/proms/scoring/common';
import { fft, FFT_ITEM } from '$lib/proms/scoring/fft';
import { phq9, PHQ9_ITEMS } from '$lib/proms/scoring/phq9';
import { pseq, PSEQ_ITEMS } from '$lib/proms/scoring/pseq';
import { items, spread } from '$lib/proms/scoring/test-support';
import type { ScoreResult } from '$lib/proms/scoring/types';
import { buildTrends } from '$lib/proms/trend';
import { describeSummary, describeValue } from './describe-trend';
import proms from '$locales/en-GB/proms.json';

beforeAll(() => loadStrings({ proms }));

const ZONE = 'Europe/London';
const MARCH = '2026-03-02T09:00:00.000Z';
const JUNE = '2026-06-01T23:30:00.000Z'; // 2 June in London

function sentence(url: string, results: (ScoreResult | null)[]): string {
	const dates = [MARCH, JUNE];
	const responses = results.map((scores, i) => ({ id: `r${i}`, authored: dates[i]!, scores }));
	const [trend] = buildTrends(url, responses);
	if (!trend) throw new Error('no trend');
	return describeSummary(trend.summary, trend.scale, ZONE);
}
const phq = (total: number) => phq9.score(items(PHQ9_ITEMS, spread(9, total, 3)));
const pseqOf = (total: number) => pseq.score(items(PSEQ_ITEMS, spread(10, total, 6)));
const PHQ9 = `${QUESTIONNAIRE_BASE}phq-9`;
const PSEQ = `${QUESTIONNAIRE_BASE}pseq`;

describe('describeSummary', () => {
	it('says a fall in PHQ-9 of 5 or more is better, by enough to be a real change', () => {
		expect(sentence(PHQ9, [phq(15), phq(8)])).toBe(
			'Your score went from 15 out of 27 (moderately severe) on 2 March 2026 to 8 out of 27 ' +
				'(mild) on 2 June 2026, which is better, by enough to be a real change.'
		);
	});

	it('says a small rise in PHQ-9 is a little worse, not a real change', () => {
		expect(sentence(PHQ9, [phq(10), phq(12)])).toBe(
			'Your score went from 10 out of 27 (moderate) on 2 March 2026 to 12 out of 27 ' +
				'(moderate) on 2 June 2026, which is a little worse, but not by enough to be sure ' +
				'it is a real change.'
		);
	});

	it('says a rise in PSEQ is better (higher is better there)', () => {
		expect(sentence(PSEQ, [pseqOf(18), pseqOf(30)])).toMatch(
			/^Your score went from 18 out of 60 \(low confidence\) .* which is better, by enough/
		);
	});

	it('says when the score is the same, when there is one and when none could be scored', () => {
		expect(sentence(PHQ9, [phq(7), phq(7)])).toBe(
			'Your score was 7 out of 27 (mild) on 2 June 2026, the same as on 2 March 2026.'
		);
		expect(sentence(PHQ9, [null, phq(3)])).toBe(
			'Your score on 2 June 2026 was 3 out of 27 (minimal).'
		);
		expect(sentence(PHQ9, [null, null])).toBe(
			'None of your 2 sets of answers could be given a score.'
		);
	});

	it('gives a Friends and Family answer without calling it better or worse', () => {
		const answer = (code: number) => fft.score({ [FFT_ITEM]: code });
		expect(sentence(`${QUESTIONNAIRE_BASE}fft`, [answer(4), answer(1)])).toBe(
			'Your answer went from Poor on 2 March 2026 to Very good on 2 June 2026.'
		);
	});
});

describe('describeValue', () => {
	it('gives nothing for a result that could not be scored (the table says so in words)', () => {
		const [trend] = buildTrends(PHQ9, [{ id: 'a', authored: MARCH, scores: null }]);
		expect(trend && describeValue(trend.points[0]!, trend.scale)).toBe('');
	});
});
