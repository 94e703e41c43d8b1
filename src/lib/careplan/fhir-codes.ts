/**
 * The URLs and codes of Tend's care plan in FHIR (docs/decisions.md D-016). Everything
 * Tend defines lives under one base, so a reader can tell Tend's own extensions from
 * anyone else's. The URLs identify; they are not expected to resolve.
 */
import type { CareTeamRole, MedicationPlan, StrategyKind } from './types';

/** The one base of every Tend extension, code system and identifier system. */
export const TEND_FHIR_BASE = 'https://fhir.tend.example';

const extension = (name: string) => `${TEND_FHIR_BASE}/StructureDefinition/${name}`;
const codeSystem = (name: string) => `${TEND_FHIR_BASE}/CodeSystem/${name}`;

/** Extensions on the CarePlan (and one on a CareTeam participant). */
export const EXTENSION = {
	whatMatters: extension('care-plan-what-matters'),
	reviewDate: extension('care-plan-review-date'),
	reengagement: extension('care-plan-reengagement'),
	serviceContact: extension('care-plan-service-contact'),
	pifu: extension('care-plan-pifu'),
	flarePlan: extension('care-plan-flare-plan'),
	extraRedFlag: extension('care-plan-extra-red-flag'),
	standardQuestionnaire: extension('care-plan-standard-questionnaire'),
	participantPhone: extension('care-team-participant-phone')
} as const;

/** The extension URLs Tend writes on a CarePlan; any other is carried over untouched. */
export const OWN_CARE_PLAN_EXTENSIONS: ReadonlySet<string> = new Set([
	EXTENSION.whatMatters,
	EXTENSION.reviewDate,
	EXTENSION.reengagement,
	EXTENSION.serviceContact,
	EXTENSION.pifu,
	EXTENSION.flarePlan,
	EXTENSION.extraRedFlag,
	EXTENSION.standardQuestionnaire
]);

export const CODE_SYSTEM = {
	/** A management strategy's kind (activity.detail.code). */
	strategy: codeSystem('care-plan-strategy'),
	/** A line of the medication plan (activity.detail.code). */
	medication: codeSystem('care-plan-medication'),
	/** A care team member's part in the person's care (participant.role). */
	careTeamRole: codeSystem('care-team-role'),
	/** What a goal's target measures: "how we will know" (Goal.target.measure). */
	goalMeasure: codeSystem('goal-measure')
} as const;

/** Identifier system of a goal's id, stable across versions of a plan. */
export const GOAL_ID_SYSTEM = `${TEND_FHIR_BASE}/Id/care-plan-goal`;

export const STRATEGY_CODES: Record<StrategyKind, string> = {
	pacing: 'pacing',
	activity: 'activity',
	relaxationSleep: 'relaxation-sleep',
	psychological: 'psychological',
	selfHelp: 'self-help',
	thinkFamily: 'think-family'
};

export const MEDICATION_CODES: Record<keyof MedicationPlan, string> = {
	regular: 'regular',
	asNeeded: 'as-needed',
	reductionSteps: 'reduction-step'
};

export const ROLE_CODES: Record<CareTeamRole, string> = {
	keyWorker: 'key-worker',
	clinicalLead: 'clinical-lead',
	carer: 'carer',
	gp: 'gp',
	other: 'other'
};

/** English displays for the codes, so other systems can show them. */
export const CODE_DISPLAYS: Record<string, string> = {
	pacing: 'Pacing',
	activity: 'Activity and exercise',
	'relaxation-sleep': 'Relaxation and sleep',
	psychological: 'Psychological approaches',
	'self-help': 'Self-help and community support',
	'think-family': 'Think family',
	regular: 'Regular medicine',
	'as-needed': 'As-needed medicine and its limits',
	'reduction-step': 'Agreed reduction step',
	'key-worker': 'Key worker',
	'clinical-lead': 'Clinical lead',
	carer: 'Carer',
	gp: 'GP',
	other: 'Also involved',
	'how-we-will-know': 'How we will know'
};

/** The key whose code is `code` in `codes`, or undefined. */
export function keyForCode<K extends string>(
	codes: Record<K, string>,
	code: unknown
): K | undefined {
	return (Object.keys(codes) as K[]).find((key) => codes[key] === code);
}
