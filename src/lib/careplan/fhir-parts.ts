/**
 * The parts of a care plan that FHIR holds in elements of their own: goals (contained
 * `Goal`s), the care team (a contained `CareTeam`) and strategies and medicines
 * (`activity.detail` with a Tend code). Each part has a writer and a tolerant reader.
 * See: https://hl7.org/fhir/R4/careplan.html, goal.html, careteam.html
 */
import {
	CODE_DISPLAYS,
	CODE_SYSTEM,
	EXTENSION,
	GOAL_ID_SYSTEM,
	keyForCode,
	MEDICATION_CODES,
	ROLE_CODES,
	STRATEGY_CODES
} from './fhir-codes';
import { asObject, hasModifierExtension, objects, text, valueOf, type Json } from './fhir-json';
import {
	emptyCarePlan,
	MEDICATION_LISTS,
	STRATEGY_KINDS,
	type CarePlanContent,
	type CareTeamMember,
	type Goal
} from './types';

const CARE_TEAM_ID = 'care-team';
/** Goals and activities in these states are not part of the plan any more. */
const WITHDRAWN = new Set(['cancelled', 'entered-in-error', 'rejected']);

const coding = (system: string, code: string) => ({
	system,
	code,
	display: CODE_DISPLAYS[code] ?? code
});

/** The contained Goals and CareTeam, and the CarePlan's references to them. */
export function writeContained(content: CarePlanContent, patient: Json) {
	const goals = content.goals.map((goal, index) => writeGoal(goal, `goal-${index + 1}`, patient));
	const careTeam =
		content.careTeam.length === 0
			? []
			: [
					{
						resourceType: 'CareTeam',
						id: CARE_TEAM_ID,
						status: 'active',
						subject: patient,
						participant: content.careTeam.map(writeParticipant)
					}
				];
	return {
		contained: [...goals, ...careTeam],
		goal: goals.map((goal) => ({ reference: `#${goal.id}` })),
		careTeam: careTeam.map((team) => ({ reference: `#${team.id}` }))
	};
}

function writeGoal(goal: Goal, id: string, patient: Json) {
	const measure = { coding: [coding(CODE_SYSTEM.goalMeasure, 'how-we-will-know')] };
	return {
		resourceType: 'Goal',
		id,
		identifier: [{ system: GOAL_ID_SYSTEM, value: goal.id }],
		lifecycleStatus: 'active',
		description: { text: goal.text },
		subject: patient,
		...(goal.measure ? { target: [{ measure, detailString: goal.measure }] } : {})
	};
}

function writeParticipant(member: CareTeamMember) {
	const role = [{ coding: [coding(CODE_SYSTEM.careTeamRole, ROLE_CODES[member.role])] }];
	const phone = { system: 'phone', value: member.phone };
	return {
		...(member.phone
			? { extension: [{ url: EXTENSION.participantPhone, valueContactPoint: phone }] }
			: {}),
		// The job title is a role of its own, in words only ("Physiotherapist").
		role: member.jobTitle ? [...role, { text: member.jobTitle }] : role,
		member: { display: member.name }
	};
}

/** One activity per strategy and per line of the medication plan, in the plan's order. */
export function writeActivities(content: CarePlanContent): Json[] {
	const activity = (system: string, code: string, description: string) => ({
		detail: { code: { coding: [coding(system, code)] }, status: 'in-progress', description }
	});
	return [
		...STRATEGY_KINDS.flatMap((kind) =>
			content.strategies[kind].map((item) =>
				activity(CODE_SYSTEM.strategy, STRATEGY_CODES[kind], item)
			)
		),
		...MEDICATION_LISTS.flatMap((key) =>
			content.medication[key].map((item) =>
				activity(CODE_SYSTEM.medication, MEDICATION_CODES[key], item)
			)
		)
	];
}

/** A reading of the plan's parts, or null when one carries a meaning Tend cannot read. */
export type ReadParts = Pick<CarePlanContent, 'goals' | 'careTeam' | 'strategies' | 'medication'>;

/** Resolves `#id` references to contained resources. */
function containedBy(plan: Json): (reference: unknown) => Json | null {
	const byId = new Map(objects(plan.contained).map((resource) => [`#${resource.id}`, resource]));
	return (reference) => byId.get(String(asObject(reference)?.reference)) ?? null;
}

/** The goals, care team, strategies and medicines of a CarePlan, or null. */
export function readParts(plan: Json): ReadParts | null {
	const resolve = containedBy(plan);
	const goals = objects(plan.goal).map(resolve);
	const teams = objects(plan.careTeam).map(resolve);
	const activities = objects(plan.activity);
	const details = activities.map((item) => asObject(item.detail));
	const participants = teams.flatMap((team) => objects(team?.participant));
	if (hasModifierExtension(...goals, ...teams, ...activities, ...details, ...participants)) {
		return null;
	}
	const parts: ReadParts = {
		goals: goals.map(readGoal).filter((goal) => goal !== null),
		careTeam: participants.map(readParticipant).filter((member) => member !== null),
		strategies: emptyCarePlan().strategies,
		medication: emptyCarePlan().medication
	};
	for (const detail of details) readActivity(detail, parts);
	return parts;
}

function readGoal(goal: Json | null, index: number): Goal | null {
	if (goal?.resourceType !== 'Goal' || WITHDRAWN.has(String(goal.lifecycleStatus))) return null;
	const description = asObject(goal.description);
	const goalText = text(description?.text) ?? text(objects(description?.coding)[0]?.display);
	if (!goalText) return null;
	const ownId = objects(goal.identifier).find((id) => id.system === GOAL_ID_SYSTEM)?.value;
	const id = text(ownId) ?? text(goal.id) ?? `goal-${index + 1}`;
	const measure = objects(goal.target)
		.map((target) => text(target.detailString))
		.find((value) => value !== null);
	return { id, text: goalText, measure: measure ?? '' };
}

function readParticipant(participant: Json): CareTeamMember | null {
	const name = text(asObject(participant.member)?.display);
	if (!name) return null;
	const roles = objects(participant.role);
	const roleCode = roles
		.flatMap((role) => objects(role.coding))
		.find((item) => item.system === CODE_SYSTEM.careTeamRole)?.code;
	const jobTitle = roles.find((role) => role.coding === undefined && text(role.text))?.text;
	const phone = asObject(valueOf(participant, EXTENSION.participantPhone, 'ContactPoint'));
	return {
		role: keyForCode(ROLE_CODES, roleCode) ?? 'other',
		name,
		jobTitle: text(jobTitle) ?? '',
		phone: text(phone?.value) ?? ''
	};
}

function readActivity(detail: Json | null, parts: ReadParts): void {
	const description = text(detail?.description);
	if (!detail || !description || WITHDRAWN.has(String(detail.status))) return;
	for (const item of objects(asObject(detail.code)?.coding)) {
		const kind = item.system === CODE_SYSTEM.strategy && keyForCode(STRATEGY_CODES, item.code);
		if (kind) return void parts.strategies[kind].push(description);
		const line = item.system === CODE_SYSTEM.medication && keyForCode(MEDICATION_CODES, item.code);
		if (line) return void parts.medication[line].push(description);
	}
}
