// Plain types and constants, safe for any page's bundle; the zod schemas that check the
// content file are in schema.ts (used by tests and at trust boundaries, docs/decisions.md D-012).
import type * as z from 'zod/mini';
import type {
	ContactSchema,
	RedFlagContentSchema,
	RedFlagGroupSchema,
	RedFlagSchema,
	SelfCareContentSchema
} from './schema';

export const RED_FLAG_LEVELS = ['emergency', 'urgent', 'crisis'] as const;
export type RedFlagLevel = (typeof RED_FLAG_LEVELS)[number];

export type Contact = z.infer<typeof ContactSchema>;
export type RedFlag = z.infer<typeof RedFlagSchema>;
export type RedFlagGroup = z.infer<typeof RedFlagGroupSchema>;
export type RedFlagContent = z.infer<typeof RedFlagContentSchema>;
export type SelfCareContent = z.infer<typeof SelfCareContentSchema>;

/**
 * A red flag as the app shows it: one of the safe defaults (worded in locales/, translated)
 * or one the person's pain service added (shown in the service's own words, as given).
 */
export type ShownRedFlag =
	| { id: string; origin: 'default'; textKey: string }
	| { id: string; origin: 'service'; text: string };

/** A red-flag group with the service's additions merged in after the defaults. */
export interface ShownRedFlagGroup extends Omit<RedFlagGroup, 'flags'> {
	flags: ShownRedFlag[];
}

/**
 * One flare-up in the person's flare log. Kept on the device; sent to the service as an
 * Observation (client UUID as identifier) only when the person chose to send it.
 */
export interface FlareLogEntry {
	/** Client UUID, created with the entry; becomes the FHIR identifier. */
	id: string;
	/** When the flare started (ISO instant). */
	startedAt: string;
	/** When it ended; null while it is still going on. */
	endedAt: string | null;
	/** Worst pain during the flare, 0–10. */
	severity: number;
	/** Suspected triggers, one per item. */
	triggers: string[];
	/** What the person did. */
	whatIDid: string;
	/** What helped. */
	whatHelped: string;
	/** Send to the pain service (when linked) so the team sees it at review. */
	send: boolean;
	/**
	 * Set when it was queued for the service: whether it was marked as shared with the
	 * patient's carer (the patient's setting at that moment). Fixed from then on.
	 */
	sharedWithCarer?: boolean;
	createdAt: string;
	updatedAt: string;
}
