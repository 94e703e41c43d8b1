/**
 * A patient's questionnaire results for the staff console, per instrument: every response
 * with its scores, band and flags (newest first), the first scored response (baseline)
 * against the latest with the change and whether it is meaningful, and the points a trend
 * chart draws. Scores come from responses.ts, so they are the app's own.
 */
import { INSTRUMENTS, instrumentFor } from '$lib/proms/scoring/registry';
import type { Change, InstrumentId } from '$lib/proms/scoring/types';
import { buildTrends, type ScoreTrend } from '$lib/proms/trend';
import { titleOf } from './catalogue';
import type { ScoredResponse } from './responses';
import type { Review } from './reviews';

/** A flag as the console shows it. */
export type ShownFlag = 'safety-netting' | 'gad7-assessment';

export interface ResponseRow {
	id: string;
	authored: string;
	/** One per score of the instrument, in its order; empty when it cannot be scored. */
	scores: { id: string; value: number | null; code: string | null; band: string | null }[];
	flags: ShownFlag[];
	needsAttention: boolean;
	review: Review | null;
	/** False when the service does not hold the definition of the version it answers. */
	hasDefinition: boolean;
}

export interface Comparison {
	baseline: { id: string; authored: string; codes: Record<string, string> };
	latest: { id: string; authored: string; codes: Record<string, string> };
	changes: Change[];
}

export interface InstrumentResults {
	url: string;
	instrument: InstrumentId | null;
	title: string;
	/** The instrument's score ids, for the table's columns. */
	scoreIds: string[];
	rows: ResponseRow[];
	comparison: Comparison | null;
	/**
	 * Per score drawn on a scale, the trend the patient's own trends page shows (buildTrends):
	 * points oldest first, null where a response could not be given that score (a gap).
	 */
	trend: ScoreTrend[];
}

function row(response: ScoredResponse, review: Review | null): ResponseRow {
	const flags: ShownFlag[] = response.needsAttention ? ['safety-netting'] : [];
	if (response.result?.flags.includes('gad7-assessment')) flags.push('gad7-assessment');
	return {
		id: response.id,
		authored: response.read.authored,
		scores: (response.result?.scores ?? []).map((score) => ({
			id: score.id,
			value: score.value,
			code: score.code ?? null,
			band: score.band?.name ?? null
		})),
		flags,
		needsAttention: response.needsAttention,
		review,
		hasDefinition: response.definition !== null
	};
}

const codes = (response: ScoredResponse) =>
	Object.fromEntries(
		(response.result?.scores ?? []).flatMap((score) => (score.code ? [[score.id, score.code]] : []))
	);

function comparison(scored: readonly ScoredResponse[]): Comparison | null {
	const baseline = scored[0];
	const latest = scored.at(-1);
	const instrument = baseline && instrumentFor(baseline.read.questionnaire.url);
	if (!baseline?.result || !latest?.result || baseline === latest || !instrument) return null;
	return {
		baseline: { id: baseline.id, authored: baseline.read.authored, codes: codes(baseline) },
		latest: { id: latest.id, authored: latest.read.authored, codes: codes(latest) },
		changes: instrument.change(baseline.result, latest.result)
	};
}

/** The same trends as the patient's phone draws; only scores on a scale are charted. */
function trend(url: string, scored: readonly ScoredResponse[]): ScoreTrend[] {
	const responses = scored.map((r) => ({ id: r.id, authored: r.read.authored, scores: r.result }));
	return buildTrends(url, responses).filter(
		(line) => line.scale.kind === 'number' && line.points.some((point) => point.value !== null)
	);
}

const rank = (instrument: InstrumentId | null) => {
	const index = INSTRUMENTS.findIndex((each) => each.id === instrument);
	return index < 0 ? INSTRUMENTS.length : index;
};

/**
 * Groups a patient's responses (oldest first, as patientResponses gives them) by
 * questionnaire, in the registry's order of instruments.
 */
export function groupResults(
	responses: readonly ScoredResponse[],
	reviews: ReadonlyMap<string, Review>
): InstrumentResults[] {
	const byUrl = new Map<string, ScoredResponse[]>();
	for (const response of responses) {
		const { url } = response.read.questionnaire;
		byUrl.set(url, [...(byUrl.get(url) ?? []), response]);
	}
	return [...byUrl.entries()]
		.map(([url, all]): InstrumentResults => {
			const scored = all.filter((response) => response.result !== null);
			const scoreIds = scored.at(-1)?.result?.scores.map((score) => score.id) ?? [];
			const titled = all.findLast((response) => response.definition !== null)?.definition;
			return {
				url,
				instrument: instrumentFor(url)?.id ?? null,
				title: titled ? titleOf(titled) : (url.split('/').at(-1) ?? url),
				scoreIds,
				rows: all.map((response) => row(response, reviews.get(response.id) ?? null)).reverse(),
				comparison: comparison(scored),
				trend: trend(url, scored)
			};
		})
		.sort((a, b) => rank(a.instrument) - rank(b.instrument) || a.url.localeCompare(b.url));
}
