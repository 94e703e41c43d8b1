// For specs only: a full care plan with deterministic content, and fast-check arbitraries
// for plans the schema accepts.
import fc from 'fast-check';
import { RED_FLAG_LEVELS } from '$lib/flare/types';
import { QUESTIONNAIRE_BASE } from '$lib/proms/scoring/common';
import { CARE_TEAM_ROLES, STRATEGY_KINDS, type CarePlanContent } from './types';

/** A plan with something in every field, as a pain service might write it. */
export function fullCarePlan(): CarePlanContent {
	return {
		whatMatters: ['Walking my granddaughter to school', 'Getting back to the allotment'],
		goals: [
			{
				id: 'goal-walk',
				text: 'Walk to the school and back three times a week',
				measure: 'I do the school walk three times a week for a month'
			},
			{ id: 'goal-sleep', text: 'Sleep through more nights', measure: '' }
		],
		strategies: {
			pacing: ['Break gardening into 20-minute spells with a sit-down between'],
			activity: ['Walk 10 minutes every day, adding 2 minutes each week'],
			relaxationSleep: ['Breathing exercise before bed', 'Same getting-up time every day'],
			psychological: ['Notice "all or nothing" thoughts and use the pacing plan'],
			selfHelp: ['Pain Toolkit booklet', 'Tuesday walking group at the library'],
			thinkFamily: ['Talk to the children about what a flare-up looks like']
		},
		medication: {
			regular: ['Naproxen 250 mg twice a day with food'],
			asNeeded: ['Paracetamol 1 g, no more than 4 doses in 24 hours'],
			reductionSteps: ['Reduce codeine from 30 mg to 15 mg four times a day from 1 June']
		},
		careTeam: [
			{
				role: 'keyWorker',
				name: 'Priya Shah',
				jobTitle: 'Physiotherapist',
				phone: '0113 496 0001'
			},
			{ role: 'clinicalLead', name: 'Dr Tom Evans', jobTitle: 'Consultant', phone: '' },
			{ role: 'carer', name: 'Alex Jones', jobTitle: '', phone: '07700 900123' },
			{ role: 'gp', name: 'Dr Ruth Kaur', jobTitle: '', phone: '' }
		],
		contact: {
			phone: '0113 496 0000',
			hours: 'Monday to Friday, 8am to 6:30pm',
			email: 'pain.service@example.nhs.uk'
		},
		reviewDate: '2026-11-02',
		reengagement: [
			'Pain that stops you doing your daily activities for more than 2 weeks',
			'You want to talk about your medicines'
		],
		pifu: { windowEnd: '2027-05-01', responseDays: 3 },
		flare: {
			warningSigns: ['Stiffness when I wake up'],
			triggers: ['Long car journeys', 'Poor sleep'],
			firstSteps: ['Stop and rest for 10 minutes', 'Use a heat pack'],
			nextDays: ['Halve my walking, then build up again over a week'],
			helpedBefore: ['A warm bath', 'Gentle stretches'],
			medication: ['Paracetamol as on my medicines plan'],
			whoToTell: ['My daughter Alex'],
			contactServiceWhen: ['The flare-up is not easing after a week'],
			contactAfterDays: 7
		},
		extraRedFlags: [
			{ id: 'rf-1', level: 'urgent', text: 'New numbness in your left hand' },
			{ id: 'rf-2', level: 'emergency', text: 'Sudden weakness in both arms' }
		],
		startedOn: '2026-03-02',
		dischargedOn: '2026-09-14',
		standardQuestionnaires: ['phq-9', 'gad-7', 'peg-3'].map((id) => `${QUESTIONNAIRE_BASE}${id}`)
	};
}

/** Text with something to read, as the schema asks of a list item or a name. */
export const someText = (maxLength = 60) =>
	fc.string({ minLength: 1, maxLength }).filter((value) => /\S/.test(value));
/** Empty (not given), or text. */
export const optionalText = (maxLength = 40) => fc.oneof(fc.constant(''), someText(maxLength));
const list = fc.array(someText(), { maxLength: 4 });
const id = fc.stringMatching(/^[A-Za-z0-9.-]{1,64}$/);
const isoDate = fc
	.date({
		min: new Date('2000-01-01T00:00:00Z'),
		max: new Date('2099-12-31T00:00:00Z'),
		noInvalidDate: true
	})
	.map((date) => date.toISOString().slice(0, 10));
/** A start and a discharge date, either or both absent, never discharged before starting. */
const serviceDates = fc
	.tuple(fc.option(isoDate, { nil: null }), fc.option(isoDate, { nil: null }))
	.map(([a, b]) => (a !== null && b !== null && b < a ? [b, a] : [a, b]));
/** Tend's questionnaires and a service's own, by canonical url. */
const questionnaireUrl = fc.oneof(
	fc.stringMatching(/^[a-z0-9-]{1,12}$/).map((id) => `${QUESTIONNAIRE_BASE}${id}`),
	fc.stringMatching(/^[A-Za-z0-9.-]{1,20}$/).map((id) => `https://pain.example.nhs.uk/q/${id}`)
);

/** Any plan the schema accepts (lists kept short so runs stay quick). */
export const arbitraryCarePlan: fc.Arbitrary<CarePlanContent> = fc
	.record({
		whatMatters: list,
		goals: fc.array(fc.record({ id, text: someText(), measure: optionalText() }), { maxLength: 3 }),
		strategies: fc.record(
			Object.fromEntries(STRATEGY_KINDS.map((kind) => [kind, list])) as Record<
				(typeof STRATEGY_KINDS)[number],
				typeof list
			>
		),
		medication: fc.record({ regular: list, asNeeded: list, reductionSteps: list }),
		careTeam: fc.array(
			fc.record({
				role: fc.constantFrom(...CARE_TEAM_ROLES),
				name: someText(),
				jobTitle: optionalText(),
				phone: optionalText(20)
			}),
			{ maxLength: 3 }
		),
		contact: fc.record({ phone: optionalText(20), hours: optionalText(), email: optionalText() }),
		reviewDate: fc.option(isoDate, { nil: null }),
		reengagement: list,
		pifu: fc.option(
			fc.record({ windowEnd: isoDate, responseDays: fc.integer({ min: 1, max: 60 }) }),
			{ nil: null }
		),
		flare: fc.record({
			warningSigns: list,
			triggers: list,
			firstSteps: list,
			nextDays: list,
			helpedBefore: list,
			medication: list,
			whoToTell: list,
			contactServiceWhen: list,
			contactAfterDays: fc.option(fc.integer({ min: 1, max: 90 }), { nil: null })
		}),
		extraRedFlags: fc.array(
			fc.record({ id, level: fc.constantFrom(...RED_FLAG_LEVELS), text: someText() }),
			{ maxLength: 3 }
		),
		serviceDates,
		standardQuestionnaires: fc.uniqueArray(questionnaireUrl, { maxLength: 4 })
	})
	.map(({ serviceDates: [startedOn, dischargedOn], ...content }) => ({
		...content,
		startedOn: startedOn ?? null,
		dischargedOn: dischargedOn ?? null
	}));
