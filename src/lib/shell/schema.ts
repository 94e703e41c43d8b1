import * as z from 'zod/mini';

/** How to reach the pain service; known once the device is linked to it. */
export const ServiceContactSchema = z.object({
	name: z.string().check(z.minLength(1)),
	phone: z.optional(z.string().check(z.minLength(1))),
	hours: z.optional(z.string().check(z.minLength(1))),
	email: z.optional(z.email())
});
