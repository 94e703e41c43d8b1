/**
 * The sections of a care plan in the order "My plan" shows them: organised for a bad day,
 * so what a person needs in a flare-up (first steps, when to get back in touch, how to reach
 * the service, the extra red flags) comes first and is open; the rest follows, closed.
 * The same order is used for the list of what changed (diff.ts).
 */
import { STRATEGY_KINDS, type CarePlanContent, type FlarePlan } from './types';

export const PLAN_SECTIONS = [
	'flare',
	'reengagement',
	'contact',
	'extraRedFlags',
	'medication',
	'whatMatters',
	'goals',
	'strategies',
	'careTeam',
	'review',
	'pifu'
] as const;
export type PlanSectionId = (typeof PLAN_SECTIONS)[number];

/** Sections open when the page opens: the ones that help most on a bad day. */
export const OPEN_BY_DEFAULT: ReadonlySet<PlanSectionId> = new Set([
	'flare',
	'reengagement',
	'contact',
	'extraRedFlags',
	'medication'
]);

/** Section headings (literal keys, so the i18n check sees them). */
export const SECTION_TITLE_KEYS: Record<PlanSectionId, string> = {
	flare: 'careplan:sections.flare',
	reengagement: 'careplan:sections.reengagement',
	contact: 'careplan:sections.contact',
	extraRedFlags: 'careplan:sections.extra_red_flags',
	medication: 'careplan:sections.medication',
	whatMatters: 'careplan:sections.what_matters',
	goals: 'careplan:sections.goals',
	strategies: 'careplan:sections.strategies',
	careTeam: 'careplan:sections.care_team',
	review: 'careplan:sections.review',
	pifu: 'careplan:sections.pifu'
};

/** The flare-up plan's lists, first steps first (the order a person needs them in a flare). */
export const FLARE_LISTS = [
	'firstSteps',
	'contactServiceWhen',
	'nextDays',
	'medication',
	'helpedBefore',
	'whoToTell',
	'warningSigns',
	'triggers'
] as const satisfies ReadonlyArray<keyof FlarePlan>;
export type FlareList = (typeof FLARE_LISTS)[number];

export const MEDICATION_LISTS = ['regular', 'asNeeded', 'reductionSteps'] as const;

/** Whether `section` has anything to show; empty sections are left out of the page. */
export function sectionHasContent(content: CarePlanContent, section: PlanSectionId): boolean {
	switch (section) {
		case 'flare':
			return (
				FLARE_LISTS.some((list) => content.flare[list].length > 0) ||
				content.flare.contactAfterDays !== null
			);
		case 'reengagement':
			return content.reengagement.length > 0;
		case 'contact':
			return Object.values(content.contact).some((value) => value.trim() !== '');
		case 'extraRedFlags':
			return content.extraRedFlags.length > 0;
		case 'medication':
			return MEDICATION_LISTS.some((list) => content.medication[list].length > 0);
		case 'whatMatters':
			return content.whatMatters.length > 0;
		case 'goals':
			return content.goals.length > 0;
		case 'strategies':
			return STRATEGY_KINDS.some((kind) => content.strategies[kind].length > 0);
		case 'careTeam':
			// The days the person started with the service and was discharged show here too.
			return (
				content.careTeam.length > 0 || content.startedOn !== null || content.dischargedOn !== null
			);
		case 'review':
			return content.reviewDate !== null;
		case 'pifu':
			return content.pifu !== null;
	}
}
