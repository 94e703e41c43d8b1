/** Joins the parts of one line ("Sam Patel", "Key worker", "Physiotherapist") as the language does. */
export function joinParts(parts: ReadonlyArray<string | null | undefined>, locale: string): string {
	const present = parts.filter((part): part is string => !!part && part.trim() !== '');
	return new Intl.ListFormat(locale, { style: 'short', type: 'unit' }).format(present);
}
