// Indexes of a definition's item tree, computed once per definition.
import type { Item, QuestionnaireDefinition } from './types';

export interface TreeIndex {
	byLinkId: ReadonlyMap<string, Item>;
	/** The linkId of each item's group; absent at the top level. */
	parentOf: ReadonlyMap<string, string>;
}

const cache = new WeakMap<QuestionnaireDefinition, TreeIndex>();

/** The definition's items by linkId, and their parents. */
export function indexOf(definition: QuestionnaireDefinition): TreeIndex {
	const cached = cache.get(definition);
	if (cached) return cached;
	const byLinkId = new Map<string, Item>();
	const parentOf = new Map<string, string>();
	const walk = (items: readonly Item[], parent?: string) => {
		for (const item of items) {
			byLinkId.set(item.linkId, item);
			if (parent !== undefined) parentOf.set(item.linkId, parent);
			if (item.type === 'group') walk(item.items, item.linkId);
		}
	};
	walk(definition.items);
	const index = { byLinkId, parentOf };
	cache.set(definition, index);
	return index;
}
