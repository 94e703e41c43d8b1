/**
 * Checks what needs the whole tree: unique linkIds, and that every enableWhen names a
 * question that takes that kind of answer with an operator that fits it, without a cycle
 * (isEnabled follows the chain, so a cycle could never be decided).
 */
import {
	isQuestion,
	type DefinitionProblem,
	type EnableCondition,
	type Item,
	type Question
} from './types';

const ANSWER_KIND: Readonly<Record<Question['type'], string>> = {
	choice: 'coding',
	integer: 'integer',
	decimal: 'decimal',
	boolean: 'boolean',
	string: 'string',
	text: 'string',
	date: 'date'
};
const ORDERED = new Set(['integer', 'decimal', 'date']);

/** Reports duplicate linkIds, bad references and dependency cycles. */
export function checkDependencies(items: readonly Item[], problems: DefinitionProblem[]): void {
	const byLinkId = new Map<string, Item>();
	// What each item's visibility depends on: its own conditions and its ancestors'.
	const dependsOn = new Map<string, EnableCondition[]>();
	const walk = (list: readonly Item[], inherited: EnableCondition[]) => {
		for (const item of list) {
			if (byLinkId.has(item.linkId)) {
				problems.push({ linkId: item.linkId, key: 'proms:definition.problem.duplicate_link_id' });
			}
			byLinkId.set(item.linkId, item);
			const conditions = [...inherited, ...item.enableWhen];
			dependsOn.set(item.linkId, conditions);
			if (item.type === 'group') walk(item.items, conditions);
		}
	};
	walk(items, []);
	for (const [linkId, item] of byLinkId) {
		for (const condition of item.enableWhen) checkCondition(linkId, condition, byLinkId, problems);
	}
	const state = new Map<string, 'visiting' | 'done'>();
	const visit = (linkId: string): boolean => {
		if (state.get(linkId) === 'done') return false;
		if (state.get(linkId) === 'visiting') return true;
		state.set(linkId, 'visiting');
		const hasCycle = (dependsOn.get(linkId) ?? []).some(({ question }) => visit(question));
		state.set(linkId, 'done');
		return hasCycle;
	};
	for (const linkId of byLinkId.keys()) {
		if (visit(linkId)) problems.push({ linkId, key: 'proms:definition.problem.enable_when_cycle' });
	}
}

function checkCondition(
	linkId: string,
	condition: EnableCondition,
	byLinkId: ReadonlyMap<string, Item>,
	problems: DefinitionProblem[]
): void {
	const target = byLinkId.get(condition.question);
	const problem = (key: string) =>
		problems.push({
			linkId,
			key,
			values: { question: condition.question }
		});
	if (!target || !isQuestion(target))
		return void problem('proms:definition.problem.enable_when_unknown_question');
	if (condition.operator === 'exists') return;
	const kind = ANSWER_KIND[target.type];
	if (condition.answer.kind !== kind)
		return void problem('proms:definition.problem.enable_when_answer_type');
	if (!['=', '!='].includes(condition.operator) && !ORDERED.has(kind))
		problem('proms:definition.problem.enable_when_operator');
}
