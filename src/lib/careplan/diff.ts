/**
 * What changed between two versions of a care plan, section by section and item by item,
 * for "what changed since you last looked".
 *
 * Invariants: a plan compared with itself has no changes; sections come in the order the
 * plan shows them (sections.ts); an edit shows as "changed", not as removed plus added,
 * when the item can be matched: goals and extra red flags by id (then by text), care-team
 * members by name (then by a role only one of them holds on each side). Plain text lists
 * have no ids: a line whose text is in both versions is unchanged wherever it moved, and
 * in the gap between two unchanged lines removed and added lines pair up as changes.
 * The days the person started with the service and was discharged are part of the care
 * team section; the questionnaires asked at the standard occasions are not a change to tell
 * the person about here: their questionnaire list says what is due and why (D-032).
 */
import { pairItems, pairTexts, type Pair } from './pairing';
import { FLARE_LISTS, MEDICATION_LISTS, PLAN_SECTIONS, type PlanSectionId } from './sections';
import {
	STRATEGY_KINDS,
	type CarePlanContent,
	type CareTeamMember,
	type ExtraRedFlag,
	type Goal
} from './types';

export type ChangeKind = 'added' | 'removed' | 'changed';

/** One item's value, typed so a page can show it in words. */
export type ChangeValue =
	| { type: 'text'; text: string }
	| { type: 'goal'; goal: Goal }
	| { type: 'member'; member: CareTeamMember }
	| { type: 'redFlag'; flag: ExtraRedFlag }
	| { type: 'date'; date: string }
	| { type: 'count'; count: number };

export interface PlanChange {
	section: PlanSectionId;
	/** The list or field inside the section ('firstSteps', 'pacing', 'phone'…), or null. */
	part: string | null;
	kind: ChangeKind;
	before: ChangeValue | null;
	after: ChangeValue | null;
}

export interface SectionChanges {
	section: PlanSectionId;
	changes: PlanChange[];
}

const norm = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

function toChanges<T>(
	section: PlanSectionId,
	part: string | null,
	pairs: readonly Pair<T>[],
	wrap: (value: T) => ChangeValue
): PlanChange[] {
	return pairs.map(({ before, after }) => ({
		section,
		part,
		kind: before === null ? 'added' : after === null ? 'removed' : 'changed',
		before: before === null ? null : wrap(before),
		after: after === null ? null : wrap(after)
	}));
}

const text = (value: string): ChangeValue => ({ type: 'text', text: value });
const date = (value: string): ChangeValue => ({ type: 'date', date: value });
const count = (value: number): ChangeValue => ({ type: 'count', count: value });

/** A single field: '' and null both mean "not set". */
function scalar<T extends string | number>(
	section: PlanSectionId,
	part: string | null,
	before: T | null,
	after: T | null,
	wrap: (value: T) => ChangeValue
): PlanChange[] {
	const set = (value: T | null) => (value === '' ? null : value);
	const [old, now] = [set(before), set(after)];
	if (old === now) return [];
	return toChanges(section, part, [{ before: old, after: now }], wrap);
}

function texts(section: PlanSectionId, part: string | null, before: string[], after: string[]) {
	return toChanges(section, part, pairTexts(before, after), text);
}

/** Members matched by name, then by a role only one of them holds on each side. */
function careTeamChanges(a: CarePlanContent, b: CarePlanContent): PlanChange[] {
	return toChanges(
		'careTeam',
		null,
		pairItems(
			a.careTeam,
			b.careTeam,
			[(member) => norm(member.name), (member) => member.role],
			(x, y) =>
				x.role === y.role && x.name === y.name && x.jobTitle === y.jobTitle && x.phone === y.phone
		),
		(member) => ({ type: 'member', member })
	);
}

function sectionChanges(a: CarePlanContent, b: CarePlanContent, section: PlanSectionId) {
	switch (section) {
		case 'flare':
			return [
				...FLARE_LISTS.flatMap((list) => texts(section, list, a.flare[list], b.flare[list])),
				...scalar(
					section,
					'contactAfterDays',
					a.flare.contactAfterDays,
					b.flare.contactAfterDays,
					count
				)
			];
		case 'reengagement':
			return texts(section, null, a.reengagement, b.reengagement);
		case 'contact':
			return (['phone', 'hours', 'email'] as const).flatMap((field) =>
				scalar(section, field, a.contact[field], b.contact[field], text)
			);
		case 'extraRedFlags':
			return toChanges(
				section,
				null,
				pairItems(
					a.extraRedFlags,
					b.extraRedFlags,
					[(flag) => flag.id, (flag) => norm(flag.text)],
					(x, y) => x.level === y.level && x.text === y.text
				),
				(flag) => ({ type: 'redFlag', flag })
			);
		case 'medication':
			return MEDICATION_LISTS.flatMap((list) =>
				texts(section, list, a.medication[list], b.medication[list])
			);
		case 'whatMatters':
			return texts(section, null, a.whatMatters, b.whatMatters);
		case 'goals':
			return toChanges(
				section,
				null,
				pairItems(
					a.goals,
					b.goals,
					[(goal) => goal.id, (goal) => norm(goal.text)],
					(x, y) => x.text === y.text && x.measure === y.measure
				),
				(goal) => ({ type: 'goal', goal })
			);
		case 'strategies':
			return STRATEGY_KINDS.flatMap((kind) =>
				texts(section, kind, a.strategies[kind], b.strategies[kind])
			);
		case 'careTeam':
			return [
				...careTeamChanges(a, b),
				...scalar(section, 'startedOn', a.startedOn, b.startedOn, date),
				...scalar(section, 'dischargedOn', a.dischargedOn, b.dischargedOn, date)
			];
		case 'review':
			return scalar(section, null, a.reviewDate, b.reviewDate, date);
		case 'pifu':
			return [
				...scalar(section, 'windowEnd', a.pifu?.windowEnd ?? null, b.pifu?.windowEnd ?? null, date),
				...scalar(
					section,
					'responseDays',
					a.pifu?.responseDays ?? null,
					b.pifu?.responseDays ?? null,
					count
				)
			];
	}
}

/** What changed from `before` to `after`, by section in the plan's order; [] when nothing did. */
export function diffCarePlans(before: CarePlanContent, after: CarePlanContent): SectionChanges[] {
	return PLAN_SECTIONS.map((section) => ({
		section,
		changes: sectionChanges(before, after, section)
	})).filter((entry) => entry.changes.length > 0);
}
