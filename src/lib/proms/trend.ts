/**
 * Trends of one questionnaire over time: per score, its values by the day they were given,
 * and what a one-sentence summary says (first and latest value, and whether that is better,
 * worse or the same for the person's health). Invariants (H-022): a response that could not
 * be scored is a gap, never a zero; "better" and "worse" and whether a change is meaningful
 * come only from the instrument's own `change()`, never from "higher" or "lower".
 */
import { scalesOf, type ScoreScale } from './score-scale';
import { instrumentFor } from './scoring/registry';
import type { Band, Direction, Score, ScoreResult } from './scoring/types';

/** What a trend needs of a completed response (a `StoredResponse` has all of it). */
export interface TrendResponse {
	id: string;
	/** When the answers were given; responses without it (drafts) are left out. */
	authored: string | null;
	/** null when the response could not be scored at all. */
	scores: ScoreResult | null;
}

/** One response's value of one score; value and code are null when it could not be scored. */
export interface TrendPoint {
	responseId: string;
	at: string;
	value: number | null;
	/** The coded form (the EQ-5D-5L profile), only when complete. */
	code: string | null;
	band: Band | null;
}

export type TrendSummary =
	| { kind: 'empty' }
	| { kind: 'unscored'; count: number }
	| { kind: 'single'; point: TrendPoint }
	| {
			kind: 'change';
			first: TrendPoint;
			latest: TrendPoint;
			/** In health terms, by the instrument's rules; null when it does not judge one. */
			direction: Direction | null;
			/** Whether the change reaches the instrument's meaningful change; null: not judged. */
			meaningful: boolean | null;
	  };

export interface ScoreTrend {
	scale: ScoreScale;
	/** Oldest first, one per completed response. */
	points: TrendPoint[];
	summary: TrendSummary;
}

const byAuthored = (a: TrendDated, b: TrendDated) =>
	a.authored < b.authored ? -1 : a.authored > b.authored ? 1 : a.id < b.id ? -1 : 1;

type TrendDated = TrendResponse & { authored: string };

function pointOf(response: TrendDated, score: Score | undefined, scale: ScoreScale): TrendPoint {
	const isComplete = score !== undefined && score.missing.length === 0;
	const hasValue = scale.kind !== 'code' && score?.value != null;
	return {
		responseId: response.id,
		at: response.authored,
		value: hasValue ? (score?.value ?? null) : null,
		code: scale.kind === 'code' && isComplete ? (score?.code ?? null) : null,
		band: hasValue ? (score?.band ?? null) : null
	};
}

const isScored = (point: TrendPoint) => point.value !== null || point.code !== null;

function summarise(
	url: string,
	scale: ScoreScale,
	points: readonly TrendPoint[],
	results: ReadonlyMap<string, ScoreResult>
): TrendSummary {
	if (points.length === 0) return { kind: 'empty' };
	const scored = points.filter(isScored);
	const first = scored[0];
	const latest = scored.at(-1);
	if (!first || !latest) return { kind: 'unscored', count: points.length };
	if (first === latest) return { kind: 'single', point: first };
	const previous = results.get(first.responseId);
	const current = results.get(latest.responseId);
	const change =
		previous && current
			? instrumentFor(url)
					?.change(previous, current)
					.find((c) => c.scoreId === scale.scoreId)
			: undefined;
	return {
		kind: 'change',
		first,
		latest,
		direction: change?.direction ?? null,
		meaningful: change?.direction === 'same' ? false : (change?.meaningful ?? null)
	};
}

/**
 * The trend of each score of the questionnaire `url` from its completed responses (any
 * order); an empty list for a questionnaire that has no scoring.
 */
export function buildTrends(url: string, responses: readonly TrendResponse[]): ScoreTrend[] {
	const instrument = instrumentFor(url);
	if (!instrument) return [];
	const dated = responses
		.filter((response): response is TrendDated => response.authored !== null)
		.sort(byAuthored);
	const results = new Map<string, ScoreResult>();
	for (const response of dated) if (response.scores) results.set(response.id, response.scores);
	return scalesOf(instrument.id).map((scale) => {
		const points = dated.map((response) =>
			pointOf(
				response,
				response.scores?.scores.find((score) => score.id === scale.scoreId),
				scale
			)
		);
		return { scale, points, summary: summarise(url, scale, points, results) };
	});
}
