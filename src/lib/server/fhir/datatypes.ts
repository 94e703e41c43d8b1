import { z } from 'zod';

/**
 * zod schemas for the R4 data types Tend reads from devices. Objects are loose: elements
 * this service does not check (extensions, narrative, anything a later profile adds) pass
 * through and are stored as sent. The regular expressions are R4's own.
 * See: https://hl7.org/fhir/R4/datatypes.html
 */

const DATE_TIME =
	/^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?$/;
const INSTANT =
	/^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)-(0[1-9]|1[0-2])-(0[1-9]|[1-2][0-9]|3[0-1])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00))$/;
const DATE =
	/^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1]))?)?$/;

/** Longest string element accepted (answers and notes included). */
const MAX_STRING = 10_000;

export const FhirString = z.string().min(1).max(MAX_STRING);
export const Uri = z.string().min(1).max(4096).regex(/^\S*$/, 'must not contain whitespace');
export const Code = z
	.string()
	.max(256)
	.regex(/^[^\s]+( [^\s]+)*$/, 'must be a code');
export const DateTime = z.string().regex(DATE_TIME, 'must be a FHIR dateTime');
export const Instant = z.string().regex(INSTANT, 'must be a FHIR instant');
export const FhirDate = z.string().regex(DATE, 'must be a FHIR date');
export const Decimal = z.number().finite();

export { DATE_TIME, INSTANT };

export const Coding = z.looseObject({
	system: Uri.optional(),
	version: FhirString.optional(),
	code: Code.optional(),
	display: FhirString.optional(),
	userSelected: z.boolean().optional()
});

export const CodeableConcept = z.looseObject({
	coding: z.array(Coding).optional(),
	text: FhirString.optional()
});

export const Identifier = z.looseObject({
	use: z.enum(['usual', 'official', 'temp', 'secondary', 'old']).optional(),
	system: Uri.optional(),
	value: FhirString.max(1024).optional()
});

export const Reference = z.looseObject({
	reference: FhirString.optional(),
	type: Uri.optional(),
	identifier: Identifier.optional(),
	display: FhirString.optional()
});

export const Quantity = z.looseObject({
	value: Decimal.optional(),
	comparator: z.enum(['<', '<=', '>=', '>']).optional(),
	unit: FhirString.optional(),
	system: Uri.optional(),
	code: Code.optional()
});

export const Period = z.looseObject({ start: DateTime.optional(), end: DateTime.optional() });

export const Annotation = z.looseObject({
	authorString: FhirString.optional(),
	authorReference: Reference.optional(),
	time: DateTime.optional(),
	text: FhirString
});

export const Meta = z.looseObject({
	versionId: FhirString.optional(),
	lastUpdated: Instant.optional(),
	profile: z.array(Uri).optional(),
	security: z.array(Coding).optional(),
	tag: z.array(Coding).optional()
});

/** Elements every resource may carry. */
export const resourceBase = {
	id: z
		.string()
		.regex(/^[A-Za-z0-9\-.]{1,64}$/, 'must be a FHIR id')
		.optional(),
	meta: Meta.optional(),
	language: Code.optional(),
	contained: z.array(z.looseObject({ resourceType: z.string().min(1) })).optional()
};

/** Values of a choice element `prefix[x]` allowed for the resources Tend takes. */
export const choiceValues = {
	Integer: z.int(),
	Decimal,
	Boolean: z.boolean(),
	String: FhirString,
	DateTime,
	Instant,
	Date: FhirDate,
	Time: z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?$/),
	Quantity,
	CodeableConcept,
	Coding,
	Reference,
	Period,
	Uri,
	Attachment: z.looseObject({ contentType: Code.optional(), url: Uri.optional() })
} as const;

type ChoiceName = keyof typeof choiceValues;

/** Optional `prefix<Type>` elements, one per allowed type, for a choice element. */
export function choice<P extends string, T extends ChoiceName>(prefix: P, types: readonly T[]) {
	return Object.fromEntries(
		types.map((type) => [`${prefix}${type}`, choiceValues[type].optional()])
	) as { [K in T as `${P}${K}`]: z.ZodOptional<(typeof choiceValues)[K]> };
}

/** A refinement: at most one `prefix[x]` element is present (R4 choice rule). */
export function atMostOneChoice(prefix: string) {
	const pattern = new RegExp(`^${prefix}[A-Z]`);
	return (value: Record<string, unknown>) =>
		Object.keys(value).filter((key) => pattern.test(key)).length <= 1;
}
