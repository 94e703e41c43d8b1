import * as z from 'zod/mini';

import { RED_FLAG_LEVELS } from './types';

const i18nKey = z
	.string()
	.check(z.regex(/^urgent:[a-z0-9_.]+$/, 'must be a key in the urgent namespace'));

export const ContactSchema = z.object({
	id: z.string().check(z.minLength(1)),
	labelKey: i18nKey,
	href: z.string().check(z.regex(/^(tel:|sms:)[0-9+]/, 'must be a tel: or sms: link'))
});

export const RedFlagSchema = z.object({ id: z.string().check(z.minLength(1)), textKey: i18nKey });

export const RedFlagGroupSchema = z.object({
	level: z.enum(RED_FLAG_LEVELS),
	headingKey: i18nKey,
	introKey: i18nKey,
	source: z.string().check(z.minLength(1)),
	flags: z.array(RedFlagSchema),
	contacts: z.array(ContactSchema).check(z.minLength(1))
});

export const RedFlagContentSchema = z.object({
	reviewed: z.iso.date(),
	/** The flare-up flow's one mental-health crisis question. */
	crisisQuestion: RedFlagSchema,
	groups: z.array(RedFlagGroupSchema)
});

const flareKey = z
	.string()
	.check(z.regex(/^flare:[a-z0-9_.]+$/, 'must be a key in the flare namespace'));

/** General self-care first steps for a flare-up (src/content/flare/self-care.json). */
export const SelfCareContentSchema = z.object({
	reviewed: z.iso.date(),
	source: z.string().check(z.minLength(1)),
	steps: z
		.array(z.object({ id: z.string().check(z.minLength(1)), textKey: flareKey }))
		.check(z.minLength(1)),
	reassuranceKey: flareKey
});
