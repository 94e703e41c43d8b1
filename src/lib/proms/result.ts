/**
 * What the result page says after a questionnaire is sent: each score with its band (or,
 * for a score without bands, what it measures), and how it moved since the previous
 * response of the same questionnaire, with whether that reaches the instrument's
 * meaningful change (scoring/, D-026). Never a diagnosis: each band says what it does not
 * mean (H-014).
 */
import { formatScoreNumber } from './score-text';
import { INSTRUMENTS } from './scoring/registry';
import type { Band, Change, InstrumentId, ScoreResult } from './scoring/types';

export interface ScoreLine {
	id: string;
	/** i18n key naming the score, when the instrument has more than one; else null. */
	nameKey: string | null;
	value: number | null;
	/** A coded score (the EQ-5D-5L profile "21143"). */
	code?: string;
	band: Band | null;
	/** What the score means and does not mean (the band's keys, or the score's own). */
	meansKey: string | null;
	notMeansKey: string | null;
	/** The change since the previous response; null when there is none to compare. */
	change: Change | null;
}

export type ResultView =
	| { kind: 'scores'; lines: ScoreLine[] }
	/** not-scored: Tend has no scoring for it; experience: it asks about the service (FFT). */
	| { kind: 'none'; reason: 'not-scored' | 'experience' };

// Keys written out in full so the translation check sees each one used.
const ABOUT: Partial<Record<`${InstrumentId}:${string}`, { name?: string; means: string }>> = {
	'peg-3:mean': { means: 'proms:result.about.peg' },
	'pain-nrs:value': { means: 'proms:result.about.nrs' },
	'bpi-sf:severity': {
		name: 'proms:result.name.bpi_severity',
		means: 'proms:result.about.bpi_severity'
	},
	'bpi-sf:interference': {
		name: 'proms:result.name.bpi_interference',
		means: 'proms:result.about.bpi_interference'
	},
	'eq-5d-5l:profile': {
		name: 'proms:result.name.eq5d_profile',
		means: 'proms:result.about.eq5d_profile'
	},
	'eq-5d-5l:vas': { name: 'proms:result.name.eq5d_vas', means: 'proms:result.about.eq5d_vas' }
};
const UNBANDED_NOT_MEANS = 'proms:result.about.not_means';

/** The result of `current`, compared with `previous` (the response before it) if any. */
export function resultView(current: ScoreResult | null, previous: ScoreResult | null): ResultView {
	if (current === null) return { kind: 'none', reason: 'not-scored' };
	if (current.instrument === 'fft') return { kind: 'none', reason: 'experience' };
	const instrument = INSTRUMENTS.find((candidate) => candidate.id === current.instrument);
	const changes =
		instrument && previous?.instrument === current.instrument
			? instrument.change(previous, current)
			: [];
	return {
		kind: 'scores',
		lines: current.scores.map((score) => {
			const about = ABOUT[`${current.instrument}:${score.id}`];
			return {
				id: score.id,
				nameKey: about?.name ?? null,
				value: score.value,
				...(score.code !== undefined ? { code: score.code } : {}),
				band: score.band,
				meansKey: score.band?.means ?? about?.means ?? null,
				notMeansKey: score.band?.notMeans ?? (about ? UNBANDED_NOT_MEANS : null),
				change: changes.find((change) => change.scoreId === score.id) ?? null
			};
		})
	};
}

/** The sentence key for a change: which way the score went and whether that is better. */
export function changeKey(change: Change): string | null {
	if (change.delta === null) {
		switch (change.direction) {
			case 'better':
				return 'proms:result.change.profile_better';
			case 'worse':
				return 'proms:result.change.profile_worse';
			case 'mixed':
				return 'proms:result.change.profile_mixed';
			case 'same':
				return 'proms:result.change.profile_same';
			default:
				return null;
		}
	}
	if (change.delta === 0) return 'proms:result.change.same';
	const isUp = change.delta > 0;
	if (change.direction === 'better')
		return isUp ? 'proms:result.change.up_better' : 'proms:result.change.down_better';
	return isUp ? 'proms:result.change.up_worse' : 'proms:result.change.down_worse';
}

/** Whether the change is meaningful, as a sentence key; null when the score has no rule. */
export function meaningfulKey(change: Change): string | null {
	if (change.meaningful === null) return null;
	return change.meaningful
		? 'proms:result.change.meaningful'
		: 'proms:result.change.not_meaningful';
}

/** A sentence as an i18n key with its values. */
export interface Sentence {
	key: string;
	values: Record<string, string>;
}

/** "Your score is 12: moderate" (the band's name is a key, translated by the caller). */
export function scoreSentence(line: ScoreLine, locale: string): Sentence {
	if (line.code !== undefined) return { key: 'proms:result.profile', values: { code: line.code } };
	if (line.value === null) return { key: 'proms:result.not_scored_incomplete', values: {} };
	const score = formatScoreNumber(line.value, locale);
	return line.band
		? { key: 'proms:result.score', values: { score, band: line.band.name } }
		: { key: 'proms:result.score_no_band', values: { score } };
}

/** How the score moved since last time, as a sentence; null when it cannot be said. */
export function changeSentence(change: Change, locale: string): Sentence | null {
	const key = changeKey(change);
	if (key === null) return null;
	const format = (value: number | null) => (value === null ? '' : formatScoreNumber(value, locale));
	return {
		key,
		values: {
			amount: format(change.delta === null ? null : Math.abs(change.delta)),
			from: format(change.from),
			to: format(change.to)
		}
	};
}
