import { z } from 'zod';
import {
	Annotation,
	atMostOneChoice,
	choice,
	CodeableConcept,
	Coding,
	DateTime,
	FhirString,
	Identifier,
	Instant,
	Reference,
	resourceBase,
	Uri
} from './datatypes';

/**
 * What devices may send: Observation, QuestionnaireResponse and ServiceRequest, checked
 * against R4 (required elements, value sets with required bindings, data types) and
 * Tend's own rules (a subject, an identifier). Unknown elements pass through.
 * See: https://hl7.org/fhir/R4/observation.html, questionnaireresponse.html, servicerequest.html
 */

const oneChoice = (prefix: string) => ({
	error: `only one ${prefix}[x] element is allowed`,
	check: atMostOneChoice(prefix)
});

const withOneChoice = <T extends z.ZodType<Record<string, unknown>>>(schema: T, prefix: string) => {
	const rule = oneChoice(prefix);
	return schema.refine(rule.check, { message: rule.error });
};

const ObservationValueTypes = [
	'Quantity',
	'CodeableConcept',
	'String',
	'Boolean',
	'Integer',
	'DateTime',
	'Period',
	'Time'
] as const;

const ObservationComponent = withOneChoice(
	z.looseObject({ code: CodeableConcept, ...choice('value', ObservationValueTypes) }),
	'value'
);

export const ObservationSchema = withOneChoice(
	withOneChoice(
		z.looseObject({
			resourceType: z.literal('Observation'),
			...resourceBase,
			identifier: z.array(Identifier).min(1),
			status: z.enum([
				'registered',
				'preliminary',
				'final',
				'amended',
				'corrected',
				'cancelled',
				'entered-in-error',
				'unknown'
			]),
			category: z.array(CodeableConcept).optional(),
			code: CodeableConcept.extend({ coding: z.array(Coding).min(1) }),
			subject: Reference,
			...choice('effective', ['DateTime', 'Period', 'Instant']),
			issued: Instant.optional(),
			performer: z.array(Reference).optional(),
			...choice('value', ObservationValueTypes),
			interpretation: z.array(CodeableConcept).optional(),
			note: z.array(Annotation).optional(),
			method: CodeableConcept.optional(),
			derivedFrom: z.array(Reference).optional(),
			component: z.array(ObservationComponent).optional()
		}),
		'value'
	),
	'effective'
);

const AnswerValueTypes = [
	'Boolean',
	'Decimal',
	'Integer',
	'Date',
	'DateTime',
	'Time',
	'String',
	'Uri',
	'Attachment',
	'Coding',
	'Quantity',
	'Reference'
] as const;

interface QrItem {
	linkId: string;
	item?: QrItem[];
	answer?: { item?: QrItem[] }[];
}

const QrItemSchema: z.ZodType<QrItem> = z.lazy(() =>
	z.looseObject({
		linkId: FhirString,
		definition: Uri.optional(),
		text: FhirString.optional(),
		answer: z
			.array(
				withOneChoice(
					z.looseObject({
						...choice('value', AnswerValueTypes),
						item: z.array(QrItemSchema).optional()
					}),
					'value'
				)
			)
			.optional(),
		item: z.array(QrItemSchema).optional()
	})
);

export const QuestionnaireResponseSchema = z.looseObject({
	resourceType: z.literal('QuestionnaireResponse'),
	...resourceBase,
	identifier: Identifier,
	basedOn: z.array(Reference).optional(),
	partOf: z.array(Reference).optional(),
	questionnaire: Uri.optional(),
	status: z.enum(['in-progress', 'completed', 'amended', 'entered-in-error', 'stopped']),
	subject: Reference,
	authored: DateTime.optional(),
	author: Reference.optional(),
	source: Reference.optional(),
	item: z.array(QrItemSchema).optional()
});

export const ServiceRequestSchema = withOneChoice(
	z.looseObject({
		resourceType: z.literal('ServiceRequest'),
		...resourceBase,
		identifier: z.array(Identifier).min(1),
		basedOn: z.array(Reference).optional(),
		status: z.enum([
			'draft',
			'active',
			'on-hold',
			'revoked',
			'completed',
			'entered-in-error',
			'unknown'
		]),
		intent: z.enum([
			'proposal',
			'plan',
			'directive',
			'order',
			'original-order',
			'reflex-order',
			'filler-order',
			'instance-order',
			'option'
		]),
		category: z.array(CodeableConcept).optional(),
		priority: z.enum(['routine', 'urgent', 'asap', 'stat']).optional(),
		code: CodeableConcept.optional(),
		subject: Reference,
		...choice('occurrence', ['DateTime', 'Period']),
		authoredOn: DateTime.optional(),
		requester: Reference.optional(),
		reasonCode: z.array(CodeableConcept).optional(),
		reasonReference: z.array(Reference).optional(),
		supportingInfo: z.array(Reference).optional(),
		note: z.array(Annotation).optional(),
		patientInstruction: FhirString.optional()
	}),
	'occurrence'
);

/** The resource types a device may create, with their schemas. */
export const WRITABLE_SCHEMAS = {
	Observation: ObservationSchema,
	QuestionnaireResponse: QuestionnaireResponseSchema,
	ServiceRequest: ServiceRequestSchema
} as const;

export type WritableType = keyof typeof WRITABLE_SCHEMAS;

export function isWritableType(type: unknown): type is WritableType {
	return typeof type === 'string' && Object.hasOwn(WRITABLE_SCHEMAS, type);
}

/** Most entries accepted in one transaction Bundle (docs/api.md). */
export const MAX_TRANSACTION_ENTRIES = 100;

export const TransactionBundleSchema = z.looseObject({
	resourceType: z.literal('Bundle'),
	type: z.literal('transaction'),
	entry: z
		.array(
			z.looseObject({
				fullUrl: Uri.optional(),
				resource: z.looseObject({ resourceType: z.string().min(1) }),
				request: z.looseObject({
					method: z.enum(['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH']),
					url: Uri,
					ifNoneExist: FhirString.optional()
				})
			})
		)
		.optional()
});

export type TransactionBundle = z.infer<typeof TransactionBundleSchema>;
