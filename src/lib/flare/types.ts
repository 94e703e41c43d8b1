// Plain types and constants, safe for any page's bundle; the zod schemas that check the
// content file are in schema.ts (used by tests and at trust boundaries, docs/decisions.md D-012).
import type * as z from 'zod/mini';
import type {
	ContactSchema,
	RedFlagContentSchema,
	RedFlagGroupSchema,
	RedFlagSchema
} from './schema';

export const RED_FLAG_LEVELS = ['emergency', 'urgent', 'crisis'] as const;
export type RedFlagLevel = (typeof RED_FLAG_LEVELS)[number];

export type Contact = z.infer<typeof ContactSchema>;
export type RedFlag = z.infer<typeof RedFlagSchema>;
export type RedFlagGroup = z.infer<typeof RedFlagGroupSchema>;
export type RedFlagContent = z.infer<typeof RedFlagContentSchema>;
