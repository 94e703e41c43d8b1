// Plain types and constants, safe for any page's bundle; the zod schemas are in schema.ts
// (docs/decisions.md D-012).
import type * as z from 'zod/mini';
import type {
	CarePlanContentSchema,
	CareTeamMemberSchema,
	ContactPointsSchema,
	ExtraRedFlagSchema,
	FlarePlanSchema,
	GoalSchema,
	MedicationPlanSchema,
	PifuSchema
} from './schema';

/** Kinds of management strategy, in the order a plan shows them (medication is separate). */
export const STRATEGY_KINDS = [
	'pacing',
	'activity',
	'relaxationSleep',
	'psychological',
	'selfHelp',
	'thinkFamily'
] as const;
export type StrategyKind = (typeof STRATEGY_KINDS)[number];

/** The flare-up plan's lists, in the order a plan shows them. */
export const FLARE_LISTS = [
	'warningSigns',
	'triggers',
	'firstSteps',
	'nextDays',
	'helpedBefore',
	'medication',
	'whoToTell',
	'contactServiceWhen'
] as const;
export type FlareList = (typeof FLARE_LISTS)[number];

/** The medication plan's lists, in order. */
export const MEDICATION_LISTS = ['regular', 'asNeeded', 'reductionSteps'] as const;
export type MedicationList = (typeof MEDICATION_LISTS)[number];

/**
 * A questionnaire's canonical url as a plan lists it, without a version: an absolute URI
 * (Tend's are `https://fhir.tend.example/Questionnaire/<id>`, D-026), no spaces, no `|`.
 */
export const QUESTIONNAIRE_URL = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s|]{1,500}$/;

export const CARE_TEAM_ROLES = ['keyWorker', 'clinicalLead', 'carer', 'gp', 'other'] as const;
export type CareTeamRole = (typeof CARE_TEAM_ROLES)[number];

export type Goal = z.infer<typeof GoalSchema>;
export type CareTeamMember = z.infer<typeof CareTeamMemberSchema>;
export type MedicationPlan = z.infer<typeof MedicationPlanSchema>;
export type ContactPoints = z.infer<typeof ContactPointsSchema>;
export type Pifu = z.infer<typeof PifuSchema>;
export type FlarePlan = z.infer<typeof FlarePlanSchema>;
export type ExtraRedFlag = z.infer<typeof ExtraRedFlagSchema>;
export type CarePlanContent = z.infer<typeof CarePlanContentSchema>;

/** Where a plan came from: published by the pain service, or written by the person. */
export type CarePlanSource = 'service' | 'self';

/** One version of a care plan, as the app shows it. */
export interface CarePlanVersion {
	source: CarePlanSource;
	/** The service's CarePlan id, or 'self'. */
	planId: string;
	/** The service's meta.versionId; for a self-written plan, a count of saves. */
	versionId: string;
	/** When this version was published or saved (ISO instant). */
	updatedAt: string;
	/** Who published it ("Sam Patel, Physiotherapist"); empty for a self-written plan. */
	authorName: string;
	content: CarePlanContent;
}

/**
 * The version of the service's plan the person last confirmed reading ("I have read the
 * changes"); what changed is worked out against it. Kept in `meta` under `careplan.seen`.
 */
export interface SeenPlan {
	planId: string;
	versionId: string;
	content: CarePlanContent;
}

/** A plan with nothing in it: the start of a self-written plan and of the staff form. */
export function emptyCarePlan(): CarePlanContent {
	return {
		whatMatters: [],
		goals: [],
		strategies: {
			pacing: [],
			activity: [],
			relaxationSleep: [],
			psychological: [],
			selfHelp: [],
			thinkFamily: []
		},
		medication: { regular: [], asNeeded: [], reductionSteps: [] },
		careTeam: [],
		contact: { phone: '', hours: '', email: '' },
		reviewDate: null,
		reengagement: [],
		pifu: null,
		flare: {
			warningSigns: [],
			triggers: [],
			firstSteps: [],
			nextDays: [],
			helpedBefore: [],
			medication: [],
			whoToTell: [],
			contactServiceWhen: [],
			contactAfterDays: null
		},
		extraRedFlags: [],
		startedOn: null,
		dischargedOn: null,
		standardQuestionnaires: []
	};
}
