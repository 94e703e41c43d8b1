import type * as z from 'zod/mini';
import type { ServiceContactSchema } from './schema';

/** How to reach the pain service; known once the device is linked to it. */
export type ServiceContact = z.infer<typeof ServiceContactSchema>;
