import { describe, expect, it } from 'vitest';
import { fullCarePlanContent } from '../../../tests/fixtures/careplan/care-plan';
import { diffCarePlans, type PlanChange } from './diff';
import { PLAN_SECTIONS } from './sections';
import { emptyCarePlan, type CarePlanContent } from './types';

/** The full fixture plan after `change`. */
function edited(change: (plan: CarePlanContent) => void): CarePlanContent {
	const plan = fullCarePlanContent();
	change(plan);
	return plan;
}

const changesOf = (before: CarePlanContent, after: CarePlanContent): PlanChange[] =>
	diffCarePlans(before, after).flatMap((section) => section.changes);

const text = (value: string) => ({ type: 'text', text: value }) as const;

describe('diffCarePlans', () => {
	it('finds nothing when the plan did not change', () => {
		expect(diffCarePlans(fullCarePlanContent(), fullCarePlanContent())).toEqual([]);
		expect(diffCarePlans(emptyCarePlan(), emptyCarePlan())).toEqual([]);
	});

	it('shows a first plan (from an empty one) as everything added, in the order of the page', () => {
		const sections = diffCarePlans(emptyCarePlan(), fullCarePlanContent());
		expect(sections.map((entry) => entry.section)).toEqual([...PLAN_SECTIONS]);
		expect(sections.flatMap((entry) => entry.changes).every((c) => c.kind === 'added')).toBe(true);
	});

	it('shows a plan emptied out as everything removed', () => {
		const changes = changesOf(fullCarePlanContent(), emptyCarePlan());
		expect(changes.length).toBeGreaterThan(20);
		expect(changes.every((change) => change.kind === 'removed' && change.after === null)).toBe(
			true
		);
	});

	const full = fullCarePlanContent();
	const [walk, sleep] = full.goals as [CarePlanContent['goals'][0], CarePlanContent['goals'][0]];
	const [keyWorker, , carer] = full.careTeam as [
		CarePlanContent['careTeam'][0],
		CarePlanContent['careTeam'][0],
		CarePlanContent['careTeam'][0]
	];
	const cases: Array<{
		name: string;
		change: (plan: CarePlanContent) => void;
		want: PlanChange[];
	}> = [
		{
			name: 'flare-up first step changed in place',
			change: (plan) => (plan.flare.firstSteps[0] = 'Stop and rest for 30 minutes'),
			want: [
				{
					section: 'flare',
					part: 'firstSteps',
					kind: 'changed',
					before: text('Stop and rest for 20 minutes'),
					after: text('Stop and rest for 30 minutes')
				}
			]
		},
		{
			name: 'flare-up steps only moved: no change',
			change: (plan) => plan.flare.firstSteps.reverse(),
			want: []
		},
		{
			name: 'flare-up trigger added, days to contact changed',
			change: (plan) => {
				plan.flare.triggers.push('Long car journeys');
				plan.flare.contactAfterDays = 10;
			},
			want: [
				{
					section: 'flare',
					part: 'triggers',
					kind: 'added',
					before: null,
					after: text('Long car journeys')
				},
				{
					section: 'flare',
					part: 'contactAfterDays',
					kind: 'changed',
					before: { type: 'count', count: 7 },
					after: { type: 'count', count: 10 }
				}
			]
		},
		{
			name: 'a line removed from when to get back in touch',
			change: (plan) => plan.reengagement.shift(),
			want: [
				{
					section: 'reengagement',
					part: null,
					kind: 'removed',
					before: text('My pain is much worse for more than 2 weeks'),
					after: null
				}
			]
		},
		{
			name: 'contact phone changed, email taken out',
			change: (plan) => {
				plan.contact.phone = '0113 496 0500';
				plan.contact.email = '';
			},
			want: [
				{
					section: 'contact',
					part: 'phone',
					kind: 'changed',
					before: text('0113 496 0000'),
					after: text('0113 496 0500')
				},
				{
					section: 'contact',
					part: 'email',
					kind: 'removed',
					before: text('pain.service@example.nhs.uk'),
					after: null
				}
			]
		},
		{
			name: 'extra red flag reworded (matched by id) and a new one',
			change: (plan) => {
				plan.extraRedFlags[0]!.text = 'New weakness or numbness in an arm or leg';
				plan.extraRedFlags.push({ id: 'flag-chest', level: 'emergency', text: 'Chest pain' });
			},
			want: [
				{
					section: 'extraRedFlags',
					part: null,
					kind: 'changed',
					before: { type: 'redFlag', flag: full.extraRedFlags[0]! },
					after: {
						type: 'redFlag',
						flag: { ...full.extraRedFlags[0]!, text: 'New weakness or numbness in an arm or leg' }
					}
				},
				{
					section: 'extraRedFlags',
					part: null,
					kind: 'added',
					before: null,
					after: {
						type: 'redFlag',
						flag: { id: 'flag-chest', level: 'emergency', text: 'Chest pain' }
					}
				}
			]
		},
		{
			name: 'medicines: a reduction step done and removed, an as-needed limit changed',
			change: (plan) => {
				plan.medication.reductionSteps.shift();
				plan.medication.asNeeded[0] = 'Paracetamol 1 g, no more than 3 doses in 24 hours';
			},
			want: [
				{
					section: 'medication',
					part: 'asNeeded',
					kind: 'changed',
					before: text('Paracetamol 1 g, no more than 4 doses in 24 hours'),
					after: text('Paracetamol 1 g, no more than 3 doses in 24 hours')
				},
				{
					section: 'medication',
					part: 'reductionSteps',
					kind: 'removed',
					before: text('From 1 March: codeine 30 mg twice a day instead of three times'),
					after: null
				}
			]
		},
		{
			name: 'what matters: one line added at the top, none changed',
			change: (plan) => plan.whatMatters.unshift('Seeing friends at the weekend'),
			want: [
				{
					section: 'whatMatters',
					part: null,
					kind: 'added',
					before: null,
					after: text('Seeing friends at the weekend')
				}
			]
		},
		{
			name: 'goal measure changed (matched by id), goal removed',
			change: (plan) => {
				plan.goals[0]!.measure = 'I can do it five days in a row';
				plan.goals.pop();
			},
			want: [
				{
					section: 'goals',
					part: null,
					kind: 'changed',
					before: { type: 'goal', goal: walk },
					after: { type: 'goal', goal: { ...walk, measure: 'I can do it five days in a row' } }
				},
				{
					section: 'goals',
					part: null,
					kind: 'removed',
					before: { type: 'goal', goal: sleep },
					after: null
				}
			]
		},
		{
			name: 'goal with a new id but the same text is the same goal',
			change: (plan) => (plan.goals[1] = { ...sleep, id: 'goal-sleep-2' }),
			want: []
		},
		{
			name: 'strategies: pacing line changed, self-help line added',
			change: (plan) => {
				plan.strategies.pacing[0] = 'Break jobs into 10-minute chunks';
				plan.strategies.selfHelp.push('Library reading scheme');
			},
			want: [
				{
					section: 'strategies',
					part: 'pacing',
					kind: 'changed',
					before: text('Break jobs into 15-minute chunks with a rest in between'),
					after: text('Break jobs into 10-minute chunks')
				},
				{
					section: 'strategies',
					part: 'selfHelp',
					kind: 'added',
					before: null,
					after: text('Library reading scheme')
				}
			]
		},
		{
			name: 'care team: a new phone (matched by name), a new key worker (matched by role)',
			change: (plan) => {
				plan.careTeam[2]!.phone = '07700 900999';
				plan.careTeam[0] = { ...keyWorker, name: 'Chris Lee', phone: '0113 496 0003' };
			},
			want: [
				{
					section: 'careTeam',
					part: null,
					kind: 'changed',
					before: { type: 'member', member: keyWorker },
					after: {
						type: 'member',
						member: { ...keyWorker, name: 'Chris Lee', phone: '0113 496 0003' }
					}
				},
				{
					section: 'careTeam',
					part: null,
					kind: 'changed',
					before: { type: 'member', member: carer },
					after: { type: 'member', member: { ...carer, phone: '07700 900999' } }
				}
			]
		},
		{
			name: 'care team: a second "also involved" person is added, not matched by role',
			change: (plan) =>
				plan.careTeam.push({ role: 'other', name: 'Kim Ng', jobTitle: 'Pharmacist', phone: '' }),
			want: [
				{
					section: 'careTeam',
					part: null,
					kind: 'added',
					before: null,
					after: {
						type: 'member',
						member: { role: 'other', name: 'Kim Ng', jobTitle: 'Pharmacist', phone: '' }
					}
				}
			]
		},
		{
			name: 'discharged, and the start date corrected',
			change: (plan) => {
				plan.dischargedOn = '2026-07-01';
				plan.startedOn = '2026-01-13';
			},
			want: [
				{
					section: 'careTeam',
					part: 'startedOn',
					kind: 'changed',
					before: { type: 'date', date: '2026-01-12' },
					after: { type: 'date', date: '2026-01-13' }
				},
				{
					section: 'careTeam',
					part: 'dischargedOn',
					kind: 'added',
					before: null,
					after: { type: 'date', date: '2026-07-01' }
				}
			]
		},
		{
			name: 'questionnaires asked changed: nothing to tell on the plan',
			change: (plan) => (plan.standardQuestionnaires = plan.standardQuestionnaires.slice(1)),
			want: []
		},
		{
			name: 'review date moved',
			change: (plan) => (plan.reviewDate = '2099-09-30'),
			want: [
				{
					section: 'review',
					part: null,
					kind: 'changed',
					before: { type: 'date', date: '2099-06-30' },
					after: { type: 'date', date: '2099-09-30' }
				}
			]
		},
		{
			name: 'PIFU ended',
			change: (plan) => (plan.pifu = null),
			want: [
				{
					section: 'pifu',
					part: 'windowEnd',
					kind: 'removed',
					before: { type: 'date', date: '2099-12-31' },
					after: null
				},
				{
					section: 'pifu',
					part: 'responseDays',
					kind: 'removed',
					before: { type: 'count', count: 3 },
					after: null
				}
			]
		}
	];

	it.each(cases)('$name', ({ change, want }) => {
		expect(changesOf(fullCarePlanContent(), edited(change))).toEqual(want);
	});

	it('pairs removed and added lines only between the same unchanged lines', () => {
		const before = edited((plan) => (plan.flare.firstSteps = ['A', 'B', 'C']));
		const after = edited((plan) => (plan.flare.firstSteps = ['A2', 'B', 'C', 'D']));
		expect(changesOf(before, after)).toEqual([
			{
				section: 'flare',
				part: 'firstSteps',
				kind: 'changed',
				before: text('A'),
				after: text('A2')
			},
			{ section: 'flare', part: 'firstSteps', kind: 'added', before: null, after: text('D') }
		]);
	});

	it('keeps repeated lines apart: one of two identical lines removed', () => {
		const before = edited((plan) => (plan.whatMatters = ['Rest', 'Rest']));
		const after = edited((plan) => (plan.whatMatters = ['Rest']));
		expect(changesOf(before, after)).toEqual([
			{ section: 'whatMatters', part: null, kind: 'removed', before: text('Rest'), after: null }
		]);
	});
});
