import * as z from 'zod/mini';

// The shape of a FHIR R4 Questionnaire as far as Tend reads it: just enough structure for
// definition.ts to walk it safely. Objects are loose on purpose, so elements outside the
// supported subset reach the subset check and are reported, never dropped here.
// See: https://hl7.org/fhir/R4/questionnaire.html

export interface RawExtension {
	url: string;
	extension?: RawExtension[];
	[value: string]: unknown;
}

export interface RawElement {
	extension?: RawExtension[];
	[key: string]: unknown;
}

export interface RawItem {
	linkId: string;
	type: string;
	text?: string;
	_text?: RawElement;
	prefix?: string;
	required?: boolean;
	repeats?: boolean;
	enableWhen?: Array<{ question: string; operator: string; [key: string]: unknown }>;
	enableBehavior?: string;
	answerOption?: Array<{ extension?: RawExtension[]; [key: string]: unknown }>;
	extension?: RawExtension[];
	item?: RawItem[];
	[key: string]: unknown;
}

export const ExtensionSchema: z.ZodMiniType<RawExtension> = z.looseObject({
	url: z.string(),
	get extension() {
		return z.optional(z.array(ExtensionSchema));
	}
});

const element = z.looseObject({ extension: z.optional(z.array(ExtensionSchema)) });

export const CodingSchema = z.looseObject({
	system: z.optional(z.string()),
	code: z.optional(z.string()),
	display: z.optional(z.string()),
	_display: z.optional(element),
	extension: z.optional(z.array(ExtensionSchema))
});

export const EnableWhenSchema = z.looseObject({
	question: z.string(),
	operator: z.string()
});

export const AnswerOptionSchema = z.looseObject({
	extension: z.optional(z.array(ExtensionSchema))
});

export const ItemSchema: z.ZodMiniType<RawItem> = z.looseObject({
	linkId: z.string().check(z.minLength(1)),
	type: z.string(),
	text: z.optional(z.string()),
	_text: z.optional(element),
	prefix: z.optional(z.string()),
	required: z.optional(z.boolean()),
	repeats: z.optional(z.boolean()),
	enableWhen: z.optional(z.array(EnableWhenSchema)),
	enableBehavior: z.optional(z.string()),
	answerOption: z.optional(z.array(AnswerOptionSchema)),
	extension: z.optional(z.array(ExtensionSchema)),
	get item() {
		return z.optional(z.array(ItemSchema));
	}
});

export const QuestionnaireSchema = z.looseObject({
	resourceType: z.literal('Questionnaire'),
	url: z.optional(z.string()),
	version: z.optional(z.string()),
	title: z.optional(z.string()),
	_title: z.optional(element),
	language: z.optional(z.string()),
	extension: z.optional(z.array(ExtensionSchema)),
	item: z.optional(z.array(ItemSchema))
});

export type RawQuestionnaire = z.infer<typeof QuestionnaireSchema>;
export type RawCoding = z.infer<typeof CodingSchema>;
