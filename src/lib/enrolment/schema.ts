// The service's answer to POST /api/enrol, checked at the trust boundary. Loaded on demand
// (docs/decisions.md D-012).
import * as z from 'zod/mini';

const text = z.string().check(z.minLength(1));
const optionalText = z.optional(z.nullable(z.string()));

export const EnrolResponseSchema = z.object({
	token: z.string().check(z.minLength(32)),
	patient: z.object({ id: text, displayName: text }),
	role: z.enum(['patient', 'carer']),
	carer: z.optional(z.nullable(z.object({ name: text, relationship: optionalText }))),
	device: z.object({ id: text }),
	fhirBase: text,
	service: z.optional(
		z.nullable(
			z.object({
				name: optionalText,
				phone: optionalText,
				hours: optionalText,
				email: optionalText
			})
		)
	)
});

export type EnrolResponse = z.infer<typeof EnrolResponseSchema>;
