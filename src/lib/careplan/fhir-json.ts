/**
 * Small readers and writers for FHIR JSON of unknown shape, for the care plan mapping: a
 * reader never throws on what a service sends, it finds nothing instead.
 */

export type Json = Record<string, unknown>;

/** `value` as an object, or null. */
export function asObject(value: unknown): Json | null {
	return typeof value === 'object' && value !== null && !Array.isArray(value)
		? (value as Json)
		: null;
}

/** `value`'s objects when it is an array, else none. */
export function objects(value: unknown): Json[] {
	return Array.isArray(value) ? value.map(asObject).filter((item) => item !== null) : [];
}

/** `value` when it is a string with something in it, else null. */
export function text(value: unknown): string | null {
	return typeof value === 'string' && /\S/.test(value) ? value : null;
}

/** The extensions of `element` with this URL, in order. */
export function extensionsOf(element: Json | null, url: string): Json[] {
	return objects(element?.extension).filter((extension) => extension.url === url);
}

/** The string values of every `url` extension of `element`, in order. */
export function stringValues(element: Json | null, url: string): string[] {
	return extensionsOf(element, url)
		.map((extension) => text(extension.valueString))
		.filter((value) => value !== null);
}

/** The first `url` extension's value[x] of the given type, or undefined. */
export function valueOf(element: Json | null, url: string, type: string): unknown {
	return extensionsOf(element, url)[0]?.[`value${type}`];
}

/** One string extension per item. */
export function stringExtensions(url: string, items: readonly string[]): Json[] {
	return items.map((item) => ({ url, valueString: item }));
}

/** A string extension, or none for an empty string (FHIR strings cannot be empty). */
export function optionalString(url: string, value: string): Json[] {
	return value === '' ? [] : [{ url, valueString: value }];
}

/** A complex extension of `parts`, or none when it has no parts. */
export function complexExtension(url: string, parts: Json[]): Json[] {
	return parts.length > 0 ? [{ url, extension: parts }] : [];
}

/** True when `element` (or any of `more`) has a modifierExtension: Tend knows none of them. */
export function hasModifierExtension(...elements: (Json | null)[]): boolean {
	return elements.some((element) => element !== null && element.modifierExtension !== undefined);
}
