import type { ErrorSummaryItem } from '$lib/ui/types';

/** One problem with one form field, as the server's validators report it. */
export interface FormError {
	/** The field's id (as passed to the UI kit component). */
	field: string;
	/** The element the error summary links to: the field's id, or its first box. */
	anchor: string;
	/** A fully qualified translation key ('staff:…'). */
	message: string;
	/** Values for the message's placeholders. */
	values?: Record<string, string | number>;
}

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The error summary's links, in the order the server listed the errors. */
export function summaryItems(
	errors: readonly FormError[],
	translate: Translate
): ErrorSummaryItem[] {
	return errors.map((error) => ({
		href: `#${error.anchor}`,
		text: translate(error.message, error.values)
	}));
}

/** The translated error for one field, or undefined when it has none. */
export function errorFor(
	errors: readonly FormError[],
	field: string,
	translate: Translate
): string | undefined {
	const error = errors.find((candidate) => candidate.field === field);
	return error && translate(error.message, error.values);
}
