import * as z from 'zod/mini';

import { RED_FLAG_LEVELS } from '$lib/flare/types';
import { CARE_TEAM_ROLES, QUESTIONNAIRE_URL, STRATEGY_KINDS } from './types';

// The personalised care plan as Tend holds it (DOMAIN brief §2–§3). The same shape serves a
// plan published by the service (mapped from a FHIR CarePlan in fhir.ts) and a plan the
// person writes themselves when self-guided. Lists are one item per entry, so a step can
// be ticked off and a change to one item shows as that item.

const MAX_TEXT = 2000;
const MAX_ITEMS = 30;

// Text is either empty (not given) or has something to read: a value of only spaces could
// not be sent as FHIR (a string there must have content) and would show as a blank step.
const HAS_CONTENT = /\S/;
const EMPTY_OR_CONTENT = /^$|\S/;
/** Ids are FHIR ids (letters, digits, '-', '.'), so they also work as form field ids. */
const ID = /^[A-Za-z0-9.-]{1,64}$/;

const text = z.string().check(z.maxLength(MAX_TEXT), z.regex(EMPTY_OR_CONTENT));
const shortText = (max: number) => z.string().check(z.maxLength(max), z.regex(EMPTY_OR_CONTENT));
const required = (max: number) => z.string().check(z.maxLength(max), z.regex(HAS_CONTENT));
const items = z.array(required(MAX_TEXT)).check(z.maxLength(MAX_ITEMS));
const id = z.string().check(z.regex(ID));
const canonical = z.string().check(z.regex(QUESTIONNAIRE_URL));

export const GoalSchema = z.object({
	/** Stable across versions, so a diff can tell a changed goal from a new one. */
	id,
	text: required(MAX_TEXT),
	/** "How we will know": the outcome that shows the goal is met. */
	measure: text
});

export const CareTeamMemberSchema = z.object({
	role: z.enum(CARE_TEAM_ROLES),
	name: required(200),
	/** Their job as the person knows it, e.g. "Physiotherapist". */
	jobTitle: shortText(200),
	phone: shortText(40)
});

export const StrategiesSchema = z.object(
	Object.fromEntries(STRATEGY_KINDS.map((kind) => [kind, items])) as Record<
		(typeof STRATEGY_KINDS)[number],
		typeof items
	>
);

export const MedicationPlanSchema = z.object({
	/** Regular medicines as agreed. */
	regular: items,
	/** As-needed medicines with their limits ("no more than 4 doses in 24 hours"). */
	asNeeded: items,
	/** Agreed reduction or optimisation steps (opioids, gabapentinoids), in order. */
	reductionSteps: items
});

export const ContactPointsSchema = z.object({
	phone: shortText(40),
	/** e.g. "Monday to Friday, 8am to 6:30pm". */
	hours: shortText(200),
	email: shortText(200)
});

export const PifuSchema = z.object({
	/** Last day the person can start a follow-up themselves (ISO date). */
	windowEnd: z.iso.date(),
	/** Working days within which the service promises to respond. */
	responseDays: z.number().check(z.int(), z.minimum(1), z.maximum(60))
});

export const FlarePlanSchema = z.object({
	warningSigns: items,
	triggers: items,
	/** First steps now: shown as steps to tick off during a flare. */
	firstSteps: items,
	/** The next few days. */
	nextDays: items,
	helpedBefore: items,
	/** Medication for flares as agreed. */
	medication: items,
	whoToTell: items,
	/** When to contact the service during a flare, in words. */
	contactServiceWhen: items,
	/** A flare lasting longer than this many days is a reason to contact the service. */
	contactAfterDays: z.nullable(z.number().check(z.int(), z.minimum(1), z.maximum(90)))
});

export const ExtraRedFlagSchema = z.object({
	id,
	level: z.enum(RED_FLAG_LEVELS),
	text: required(500)
});

export const CarePlanContentSchema = z
	.object({
		whatMatters: items,
		goals: z.array(GoalSchema).check(z.maxLength(MAX_ITEMS)),
		strategies: StrategiesSchema,
		medication: MedicationPlanSchema,
		careTeam: z.array(CareTeamMemberSchema).check(z.maxLength(MAX_ITEMS)),
		contact: ContactPointsSchema,
		/** Next review (ISO date). */
		reviewDate: z.nullable(z.iso.date()),
		/** When to get back in touch with the service: the re-engagement criteria. */
		reengagement: items,
		pifu: z.nullable(PifuSchema),
		flare: FlarePlanSchema,
		/** Red flags the service adds for this person; the defaults can never be removed. */
		extraRedFlags: z.array(ExtraRedFlagSchema).check(z.maxLength(MAX_ITEMS)),
		/** The day the person started with the service (ISO date): the baseline questionnaires. */
		startedOn: z.nullable(z.iso.date()),
		/** The day the person was discharged (ISO date): discharge and follow-up questionnaires. */
		dischargedOn: z.nullable(z.iso.date()),
		/**
		 * Canonical urls of the questionnaires the service asks at the start, at discharge and
		 * 3 months after (D-032), each once. Empty for a person's own plan.
		 */
		standardQuestionnaires: z.array(canonical).check(
			z.maxLength(MAX_ITEMS),
			z.refine((urls) => new Set(urls).size === urls.length, 'Each questionnaire only once')
		)
	})
	.check(
		// FHIR's per-1 as well: a period cannot end before it starts.
		z.refine(
			(plan) => !plan.startedOn || !plan.dischargedOn || plan.startedOn <= plan.dischargedOn,
			'Discharged before starting'
		)
	);
