import { z } from 'zod';

/** How to reach the pain service; known once the device is linked to it. */
export const ServiceContactSchema = z.object({
	name: z.string().min(1),
	phone: z.string().min(1).optional(),
	hours: z.string().min(1).optional(),
	email: z.email().optional()
});

export type ServiceContact = z.infer<typeof ServiceContactSchema>;
