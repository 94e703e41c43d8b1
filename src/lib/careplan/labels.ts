// Translation keys for the parts of a care plan, as literals so the i18n check sees them.
import type { PlanSectionId } from './sections';
import type { CareTeamRole, ExtraRedFlag, StrategyKind } from './types';

export const FLARE_LIST_KEYS = {
	firstSteps: 'careplan:flare.firstSteps',
	contactServiceWhen: 'careplan:flare.contactServiceWhen',
	nextDays: 'careplan:flare.nextDays',
	medication: 'careplan:flare.medication',
	helpedBefore: 'careplan:flare.helpedBefore',
	whoToTell: 'careplan:flare.whoToTell',
	warningSigns: 'careplan:flare.warningSigns',
	triggers: 'careplan:flare.triggers'
} as const;

export const STRATEGY_KEYS: Record<StrategyKind, string> = {
	pacing: 'careplan:strategy.pacing',
	activity: 'careplan:strategy.activity',
	relaxationSleep: 'careplan:strategy.relaxationSleep',
	psychological: 'careplan:strategy.psychological',
	selfHelp: 'careplan:strategy.selfHelp',
	thinkFamily: 'careplan:strategy.thinkFamily'
};

export const MEDICATION_KEYS = {
	regular: 'careplan:medication.regular',
	asNeeded: 'careplan:medication.asNeeded',
	reductionSteps: 'careplan:medication.reductionSteps'
} as const;

export const ROLE_KEYS: Record<CareTeamRole, string> = {
	keyWorker: 'careplan:role.keyWorker',
	clinicalLead: 'careplan:role.clinicalLead',
	carer: 'careplan:role.carer',
	gp: 'careplan:role.gp',
	other: 'careplan:role.other'
};

export const CONTACT_KEYS = {
	phone: 'careplan:contact.phone',
	hours: 'careplan:contact.hours',
	email: 'careplan:contact.email'
} as const;

/** What to do for each level of the service's extra red flags. */
export const RED_FLAG_ACTION_KEYS: Record<ExtraRedFlag['level'], string> = {
	emergency: 'plan:red_flags.emergency',
	urgent: 'plan:red_flags.urgent',
	crisis: 'plan:red_flags.crisis'
};

/** The label of one part of a section in the list of changes, or null when none is needed. */
export function partLabelKey(section: PlanSectionId, part: string | null): string | null {
	const table: Record<string, Readonly<Record<string, string>>> = {
		flare: { ...FLARE_LIST_KEYS, contactAfterDays: FLARE_LIST_KEYS.contactServiceWhen },
		strategies: STRATEGY_KEYS,
		medication: MEDICATION_KEYS,
		contact: CONTACT_KEYS,
		careTeam: {
			startedOn: 'careplan:service_dates.started',
			dischargedOn: 'careplan:service_dates.discharged'
		},
		pifu: { windowEnd: 'careplan:pifu.window_end' }
	};
	return part === null ? null : (table[section]?.[part] ?? null);
}
