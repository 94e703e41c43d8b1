/**
 * Helpers shared by the instrument modules: reading item values strictly, sums, means,
 * bands and change. Invariant: a value that is not a whole number inside the item's
 * range counts as missing, so a bad value can never produce a plausible score.
 */
import type { Band, Change, Direction, Score, ScoreResult } from './types';

/** Canonical urls of Tend's questionnaires (D-016 base; identifies, need not resolve). */
export const QUESTIONNAIRE_BASE = 'https://fhir.tend.example/Questionnaire/';

/** The values of `linkIds` inside [min, max], and the linkIds without a usable one. */
export function readItems(
	values: Readonly<Record<string, number | null | undefined>>,
	linkIds: readonly string[],
	min: number,
	max: number
): { answered: number[]; missing: string[] } {
	const answered: number[] = [];
	const missing: string[] = [];
	for (const linkId of linkIds) {
		const value = values[linkId];
		if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) {
			answered.push(value);
		} else {
			missing.push(linkId);
		}
	}
	return { answered, missing };
}

/** Sum of the values. */
export function sum(values: readonly number[]): number {
	return values.reduce((total, value) => total + value, 0);
}

/** Mean rounded to 2 decimal places (what is shown and sent); null for no values. */
export function mean(values: readonly number[]): number | null {
	if (values.length === 0) return null;
	return Math.round((sum(values) / values.length) * 100) / 100;
}

/** The band holding `value`, or null. */
export function bandFor(value: number | null, bands: readonly Band[]): Band | null {
	if (value === null) return null;
	return bands.find((band) => value >= band.min && value <= band.max) ?? null;
}

/** A score with its band. */
export function scoreOf(
	id: string,
	value: number | null,
	missing: readonly string[],
	loinc: string | null,
	bands: readonly Band[] = []
): Score {
	return { id, value, band: bandFor(value, bands), loinc, missing };
}

/** The score `id` of a result, or undefined. */
export function findScore(result: ScoreResult, id: string): Score | undefined {
	return result.scores.find((score) => score.id === id);
}

/** Rule deciding if a change from `from` to `to` (both numbers) is meaningful. */
export type MeaningfulRule = (from: number, to: number) => boolean | null;

/** A change is meaningful when it moves at least `points` either way. */
export function pointsRule(points: number): MeaningfulRule {
	return (from, to) => Math.abs(to - from) >= points;
}

/**
 * A change is meaningful when it moves at least `fraction` of the earlier value. From 0 a
 * relative change is undefined, so it is not judged (null).
 */
export function relativeRule(fraction: number): MeaningfulRule {
	return (from, to) => (from === 0 ? null : Math.abs(to - from) / from >= fraction - 1e-9);
}

/** Compare one numeric score between two results. */
export function compareScore(
	previous: ScoreResult,
	current: ScoreResult,
	id: string,
	higherIsBetter: boolean,
	rule: MeaningfulRule | null
): Change {
	const from = findScore(previous, id)?.value ?? null;
	const to = findScore(current, id)?.value ?? null;
	if (from === null || to === null) {
		return { scoreId: id, from, to, delta: null, direction: null, meaningful: null };
	}
	const delta = Math.round((to - from) * 100) / 100;
	let direction: Direction = 'same';
	if (delta !== 0) direction = delta > 0 === higherIsBetter ? 'better' : 'worse';
	const meaningful = rule === null ? null : delta === 0 ? false : rule(from, to);
	return { scoreId: id, from, to, delta, direction, meaningful };
}
