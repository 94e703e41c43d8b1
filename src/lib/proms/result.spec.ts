import { describe, expect, it } from 'vitest';
import {
	changeKey,
	changeSentence,
	meaningfulKey,
	resultView,
	scoreSentence,
	type ScoreLine
} from './result';
import { bpi } from './scoring/bpi';
import { eq5d5l } from './scoring/eq5d5l';
import { fft } from './scoring/fft';
import { peg } from './scoring/peg';
import { phq9, PHQ9_ITEMS } from './scoring/phq9';
import { items } from './scoring/test-support';
import type { Change, ScoreResult } from './scoring/types';

const phq9Of = (values: number[]): ScoreResult => phq9.score(items(PHQ9_ITEMS, values));

describe('resultView', () => {
	it('gives the PHQ-9 total with its band and what it does and does not mean', () => {
		const view = resultView(phq9Of([2, 2, 2, 2, 2, 1, 1, 0, 0]), null);
		expect(view).toMatchObject({
			kind: 'scores',
			lines: [
				{
					id: 'total',
					nameKey: null,
					value: 12,
					meansKey: 'proms:band.phq9.moderate.means',
					notMeansKey: 'proms:band.phq9.moderate.not_means',
					change: null
				}
			]
		});
		expect(view.kind === 'scores' && view.lines[0]?.band?.name).toBe(
			'proms:band.phq9.moderate.name'
		);
	});

	it('compares with the previous response: a fall of 5 is meaningful, of 4 is not', () => {
		const before = phq9Of([3, 3, 2, 2, 2, 1, 1, 1, 1]); // 16
		const view = resultView(phq9Of([2, 2, 2, 2, 1, 1, 1, 0, 0]), before); // 11
		const change = view.kind === 'scores' ? view.lines[0]?.change : null;
		expect(change).toMatchObject({
			from: 16,
			to: 11,
			delta: -5,
			direction: 'better',
			meaningful: true
		});
		const small = resultView(phq9Of([2, 2, 2, 2, 2, 1, 1, 0, 0]), before); // 12
		expect(small.kind === 'scores' && small.lines[0]?.change?.meaningful).toBe(false);
	});

	it('does not compare different questionnaires', () => {
		const view = resultView(phq9Of([1, 1, 1, 1, 1, 1, 1, 1, 1]), peg.score({}));
		expect(view.kind === 'scores' && view.lines[0]?.change).toBeNull();
	});

	it('names each score of an instrument with several, with what it measures', () => {
		const values = {
			'bpi-3': 5,
			'bpi-4': 3,
			'bpi-5': 4,
			'bpi-6': 4,
			'bpi-9a': 2,
			'bpi-9b': 2,
			'bpi-9c': 2,
			'bpi-9d': 2
		};
		const view = resultView(bpi.score(values), null);
		expect(
			view.kind === 'scores' &&
				view.lines.map((line) => [line.nameKey, line.value, line.meansKey, line.notMeansKey])
		).toEqual([
			[
				'proms:result.name.bpi_severity',
				4,
				'proms:result.about.bpi_severity',
				'proms:result.about.not_means'
			],
			[
				'proms:result.name.bpi_interference',
				2,
				'proms:result.about.bpi_interference',
				'proms:result.about.not_means'
			]
		]);
		const eq = resultView(
			eq5d5l.score({
				'eq5d-mobility': 2,
				'eq5d-self-care': 1,
				'eq5d-usual-activities': 1,
				'eq5d-pain-discomfort': 4,
				'eq5d-anxiety-depression': 3,
				'eq5d-vas': 70
			}),
			null
		);
		expect(
			eq.kind === 'scores' && eq.lines.map((line) => [line.nameKey, line.code ?? line.value])
		).toEqual([
			['proms:result.name.eq5d_profile', '21143'],
			['proms:result.name.eq5d_vas', 70]
		]);
	});

	it('says plainly when there is no score', () => {
		expect(resultView(null, null)).toEqual({ kind: 'none', reason: 'not-scored' });
		expect(resultView(fft.score({ 'fft-overall': 1 }), null)).toEqual({
			kind: 'none',
			reason: 'experience'
		});
	});
});

describe('change sentences', () => {
	const change = (
		delta: number | null,
		direction: Change['direction'],
		meaningful: boolean | null
	): Change => ({
		scoreId: 'total',
		from: 10,
		to: delta === null ? null : 10 + delta,
		delta,
		direction,
		meaningful
	});

	it.each<[number | null, Change['direction'], string | null]>([
		[-5, 'better', 'proms:result.change.down_better'],
		[5, 'worse', 'proms:result.change.up_worse'],
		[8, 'better', 'proms:result.change.up_better'],
		[-8, 'worse', 'proms:result.change.down_worse'],
		[0, 'same', 'proms:result.change.same'],
		[null, 'mixed', 'proms:result.change.profile_mixed'],
		[null, 'better', 'proms:result.change.profile_better'],
		[null, null, null]
	])('a change of %s (%s) reads %s', (delta, direction, key) => {
		expect(changeKey(change(delta, direction, null))).toBe(key);
	});

	it('says whether it is meaningful only where the instrument has a rule', () => {
		expect(meaningfulKey(change(-5, 'better', true))).toBe('proms:result.change.meaningful');
		expect(meaningfulKey(change(-4, 'better', false))).toBe('proms:result.change.not_meaningful');
		expect(meaningfulKey(change(-4, 'better', null))).toBeNull();
	});
});

describe('sentences', () => {
	const line = (overrides: Partial<ScoreLine>): ScoreLine => ({
		id: 'total',
		nameKey: null,
		value: 12,
		band: null,
		meansKey: null,
		notMeansKey: null,
		change: null,
		...overrides
	});

	it('gives the score with its band name key, in the person’s number format', () => {
		const view = resultView(phq9Of([2, 2, 2, 2, 2, 1, 1, 0, 0]), null);
		const first = view.kind === 'scores' ? view.lines[0]! : line({});
		expect(scoreSentence(first, 'en-GB')).toEqual({
			key: 'proms:result.score',
			values: { score: '12', band: 'proms:band.phq9.moderate.name' }
		});
		expect(scoreSentence(line({ value: 6.333 }), 'pl')).toEqual({
			key: 'proms:result.score_no_band',
			values: { score: '6,33' }
		});
		expect(scoreSentence(line({ value: null }), 'en-GB').key).toBe(
			'proms:result.not_scored_incomplete'
		);
		expect(scoreSentence(line({ value: null, code: '21143' }), 'en-GB')).toEqual({
			key: 'proms:result.profile',
			values: { code: '21143' }
		});
	});

	it('says how far the score moved, from what to what', () => {
		const change: Change = {
			scoreId: 'mean',
			from: 6.5,
			to: 4.25,
			delta: -2.25,
			direction: 'better',
			meaningful: true
		};
		expect(changeSentence(change, 'en-GB')).toEqual({
			key: 'proms:result.change.down_better',
			values: { amount: '2.25', from: '6.5', to: '4.25' }
		});
		expect(changeSentence({ ...change, delta: null, direction: null }, 'en-GB')).toBeNull();
	});
});
