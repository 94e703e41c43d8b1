/**
 * How the items of two versions of a list are matched, so an edited item reads as changed
 * rather than as removed plus added (used by diff.ts). Unchanged items are left out.
 *
 * Text lines have no ids: a line whose text is in both versions is unchanged wherever it
 * moved, and in the gap after the same number of unchanged lines, removed and added lines
 * pair up in order. Items with keys pair by each key in turn, when a key names exactly one
 * unpaired item on each side.
 */

/** Two matched items; null on the side where the item is missing. */
export type Pair<T> = { before: T | null; after: T | null };

/** Pairs the lines of two text lists (see the header). */
export function pairTexts(before: readonly string[], after: readonly string[]): Pair<string>[] {
	const unmatched = (list: readonly string[], other: readonly string[]) => {
		const left = new Map<string, number>();
		for (const text of other) left.set(text, (left.get(text) ?? 0) + 1);
		let kept = 0;
		const result: Array<{ text: string; gap: number }> = [];
		for (const text of list) {
			const count = left.get(text) ?? 0;
			if (count > 0) {
				left.set(text, count - 1);
				kept += 1;
			} else result.push({ text, gap: kept });
		}
		return result;
	};
	const removed = unmatched(before, after);
	const added = unmatched(after, before);
	const gaps = [...new Set([...removed, ...added].map((item) => item.gap))].sort((a, b) => a - b);
	return gaps.flatMap((gap) => {
		const out = removed.filter((item) => item.gap === gap).map((item) => item.text);
		const into = added.filter((item) => item.gap === gap).map((item) => item.text);
		return Array.from({ length: Math.max(out.length, into.length) }, (_, index) => ({
			before: out[index] ?? null,
			after: into[index] ?? null
		}));
	});
}

/**
 * Pairs items of two lists by each key in turn; a key pairs items only when it names
 * exactly one unpaired item on each side. Unchanged pairs are left out.
 */
export function pairItems<T>(
	before: readonly T[],
	after: readonly T[],
	keys: ReadonlyArray<(item: T) => string>,
	isSame: (a: T, b: T) => boolean
): Pair<T>[] {
	const partner = new Map<number, number>(); // after index → before index
	const taken = new Set<number>();
	for (const key of keys) {
		const index = (list: readonly T[], isFree: (i: number) => boolean) => {
			const byKey = new Map<string, number[]>();
			list.forEach((item, i) => {
				if (isFree(i)) byKey.set(key(item), [...(byKey.get(key(item)) ?? []), i]);
			});
			return byKey;
		};
		const olds = index(before, (i) => !taken.has(i));
		const news = index(after, (i) => !partner.has(i));
		for (const [value, [newIndex, ...moreNew]] of news) {
			const [oldIndex, ...moreOld] = olds.get(value) ?? [];
			if (newIndex === undefined || oldIndex === undefined) continue;
			if (moreNew.length > 0 || moreOld.length > 0) continue;
			partner.set(newIndex, oldIndex);
			taken.add(oldIndex);
		}
	}
	const pairs: Pair<T>[] = [];
	after.forEach((item, i) => {
		const oldIndex = partner.get(i);
		const old = oldIndex === undefined ? undefined : before[oldIndex];
		if (old === undefined) pairs.push({ before: null, after: item });
		else if (!isSame(old, item)) pairs.push({ before: old, after: item });
	});
	before.forEach((item, i) => {
		if (!taken.has(i)) pairs.push({ before: item, after: null });
	});
	return pairs;
}
