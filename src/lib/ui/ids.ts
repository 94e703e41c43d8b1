// Element ids for form components, derived from the `id` a page passes in. Pages are
// prerendered and then hydrated, so ids must be the same on the server and in the browser:
// never random. The scheme is nhsuk's, so error summary links can point at `#<id>`.

/** Id of a field's hint. */
export function hintId(id: string): string {
	return `${id}-hint`;
}

/** Id of a field's error message. */
export function errorId(id: string): string {
	return `${id}-error`;
}

/**
 * Id of the nth option (0-based) in a radio or checkbox group: the first is `id` itself so
 * an error summary can link to the group, then `id-2`, `id-3`, … as nhsuk numbers them.
 */
export function itemId(id: string, index: number): string {
	return index === 0 ? id : `${id}-${index + 1}`;
}

/**
 * The aria-describedby value for a field: extra ids first, then hint, then error (nhsuk's
 * order), or undefined when there is nothing to describe it.
 */
export function describedBy(
	id: string,
	parts: { hint?: string; error?: string; extra?: string }
): string | undefined {
	const ids = [
		parts.extra,
		parts.hint ? hintId(id) : undefined,
		parts.error ? errorId(id) : undefined
	];
	const value = ids.filter(Boolean).join(' ');
	return value || undefined;
}
