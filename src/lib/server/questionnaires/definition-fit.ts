/**
 * Whether an uploaded definition of a licensed instrument fits Tend's scoring of it
 * (D-026): every item the scoring reads is there, as a question whose answers give the
 * values the scoring expects. A definition that does not fit would be asked and sent, and
 * then give no score or a wrong one (H-014), so it is refused like any other problem.
 */
import { BPI_INTERFERENCE_ITEMS, BPI_SEVERITY_ITEMS } from '$lib/proms/scoring/bpi';
import { EQ5D_DIMENSIONS, EQ5D_VAS } from '$lib/proms/scoring/eq5d5l';
import { PSEQ_ITEMS } from '$lib/proms/scoring/pseq';
import type { InstrumentId } from '$lib/proms/scoring/types';
import {
	isQuestion,
	type DefinitionProblem,
	type Item,
	type Question,
	type QuestionnaireDefinition
} from '$lib/proms/types';

/** Items a scoring module reads, and the whole-number values it accepts for them. */
interface ScoredItems {
	linkIds: readonly string[];
	min: number;
	max: number;
	/** choice: options with ordinal values (EQ-5D-5L levels); number: an integer scale. */
	kind: 'choice' | 'number';
}

const SCORED: Partial<Record<InstrumentId, readonly ScoredItems[]>> = {
	'bpi-sf': [
		{ linkIds: [...BPI_SEVERITY_ITEMS, ...BPI_INTERFERENCE_ITEMS], min: 0, max: 10, kind: 'number' }
	],
	'eq-5d-5l': [
		{ linkIds: EQ5D_DIMENSIONS, min: 1, max: 5, kind: 'choice' },
		{ linkIds: [EQ5D_VAS], min: 0, max: 100, kind: 'number' }
	],
	pseq: [{ linkIds: PSEQ_ITEMS, min: 0, max: 6, kind: 'number' }]
};

function questions(items: readonly Item[]): Question[] {
	return items.flatMap((item) =>
		item.type === 'group' ? questions(item.items) : isQuestion(item) ? [item] : []
	);
}

function fits(question: Question, expected: ScoredItems): boolean {
	const inRange = (value: number | undefined) =>
		value !== undefined &&
		Number.isInteger(value) &&
		value >= expected.min &&
		value <= expected.max;
	if (expected.kind === 'choice') {
		return (
			question.type === 'choice' &&
			!question.repeats &&
			question.options.length > 0 &&
			question.options.every((option) => inRange(option.score))
		);
	}
	return (
		question.type === 'integer' && question.min === expected.min && question.max === expected.max
	);
}

/** The ways `definition` does not fit the scoring of `instrument` (none: it fits). */
export function scoringProblems(
	instrument: InstrumentId,
	definition: QuestionnaireDefinition
): DefinitionProblem[] {
	const byLinkId = new Map(questions(definition.items).map((q) => [q.linkId, q]));
	return (SCORED[instrument] ?? []).flatMap((expected) =>
		expected.linkIds.flatMap((linkId): DefinitionProblem[] => {
			const question = byLinkId.get(linkId);
			const values = { min: String(expected.min), max: String(expected.max) };
			if (!question) return [{ linkId, key: 'staff:definitions.fit.missing_item' }];
			if (fits(question, expected)) return [];
			return [
				{
					linkId,
					key:
						expected.kind === 'choice'
							? 'staff:definitions.fit.wrong_levels'
							: 'staff:definitions.fit.wrong_range',
					values
				}
			];
		})
	);
}
