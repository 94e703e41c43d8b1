/** Build item values for scoring tests: `items(['a','b'], [1,2])` → { a: 1, b: 2 }. */
export function items(
	linkIds: readonly string[],
	values: readonly (number | null)[]
): Record<string, number | null> {
	return Object.fromEntries(linkIds.map((id, i) => [id, values[i] ?? null]));
}

/** Values that add up to `total` spread over `count` items of at most `max` each. */
export function spread(count: number, total: number, max: number): number[] {
	return Array.from({ length: count }, (_, i) => {
		const before = Math.min(max * i, total);
		return Math.min(max, total - before);
	});
}
