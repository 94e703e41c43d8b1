import { z } from 'zod';

export const RED_FLAG_LEVELS = ['emergency', 'urgent', 'crisis'] as const;
export type RedFlagLevel = (typeof RED_FLAG_LEVELS)[number];

const i18nKey = z.string().regex(/^urgent:[a-z0-9_.]+$/, 'must be a key in the urgent namespace');

export const ContactSchema = z.object({
	id: z.string().min(1),
	labelKey: i18nKey,
	href: z.string().regex(/^(tel:|sms:)[0-9+]/, 'must be a tel: or sms: link')
});

export const RedFlagSchema = z.object({ id: z.string().min(1), textKey: i18nKey });

export const RedFlagGroupSchema = z.object({
	level: z.enum(RED_FLAG_LEVELS),
	headingKey: i18nKey,
	introKey: i18nKey,
	source: z.string().min(1),
	flags: z.array(RedFlagSchema),
	contacts: z.array(ContactSchema).min(1)
});

export const RedFlagContentSchema = z.object({
	reviewed: z.iso.date(),
	groups: z.array(RedFlagGroupSchema)
});

export type Contact = z.infer<typeof ContactSchema>;
export type RedFlag = z.infer<typeof RedFlagSchema>;
export type RedFlagGroup = z.infer<typeof RedFlagGroupSchema>;
export type RedFlagContent = z.infer<typeof RedFlagContentSchema>;
