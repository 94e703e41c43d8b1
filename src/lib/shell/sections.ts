/**
 * The sections of the patient app, in the order people see them in the navigation and
 * on the home page. Urgent help is not here: it sits in the header of every page.
 */
export const SECTIONS = [
	{
		id: 'plan',
		href: '/plan',
		labelKey: 'common:sections.plan.label',
		summaryKey: 'common:sections.plan.summary'
	},
	{
		id: 'flare-up',
		href: '/flare-up',
		labelKey: 'common:sections.flare_up.label',
		summaryKey: 'common:sections.flare_up.summary'
	},
	{
		id: 'questionnaires',
		href: '/questionnaires',
		labelKey: 'common:sections.questionnaires.label',
		summaryKey: 'common:sections.questionnaires.summary'
	},
	{
		id: 'learn',
		href: '/learn',
		labelKey: 'common:sections.learn.label',
		summaryKey: 'common:sections.learn.summary'
	},
	{
		id: 'follow-up',
		href: '/follow-up',
		labelKey: 'common:sections.follow_up.label',
		summaryKey: 'common:sections.follow_up.summary'
	},
	{
		id: 'check-in',
		href: '/check-in',
		labelKey: 'common:sections.check_in.label',
		summaryKey: 'common:sections.check_in.summary'
	},
	{
		id: 'settings',
		href: '/settings',
		labelKey: 'common:sections.settings.label',
		summaryKey: 'common:sections.settings.summary'
	}
] as const;

export type Section = (typeof SECTIONS)[number];

/** Sections a carer's device does not show: the patient's own diary (issue 4, D-020). */
const PATIENT_ONLY: ReadonlySet<Section['id']> = new Set(['check-in']);

/** The sections to offer on this device: a carer's device leaves out the patient's diary. */
export function sectionsFor(role: 'patient' | 'carer' | null | undefined): readonly Section[] {
	return role === 'carer' ? SECTIONS.filter((section) => !PATIENT_ONLY.has(section.id)) : SECTIONS;
}

/** The section a path belongs to ('/settings/storage' → settings), or undefined for home. */
export function sectionForPath(pathname: string): Section | undefined {
	return SECTIONS.find(
		(section) => pathname === section.href || pathname.startsWith(`${section.href}/`)
	);
}
