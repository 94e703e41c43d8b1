import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExtraRedFlag } from '$lib/careplan/types';
import { mergeRedFlags } from './merge-red-flags';
import { defaultCrisisQuestion, defaultRedFlagGroups } from './red-flags';
import {
	buildScreens,
	canGoBack,
	initialFlow,
	nextFlow,
	viewOf,
	type FlowEvent,
	type FlowScreen,
	type FlowState
} from './router';

// Hazard H-009: a red flag not shown, or routed wrong. Where each flag goes is DOMAIN brief §3.
const groups = defaultRedFlagGroups();

function screensWith(extras: ExtraRedFlag[] = []): FlowScreen[] {
	return buildScreens(mergeRedFlags(groups, extras), defaultCrisisQuestion());
}

function run(screens: FlowScreen[], events: FlowEvent[], from = initialFlow()): FlowState {
	return events.reduce((state, event) => nextFlow(state, event, screens), from);
}

/** Answers every question on the current screen from `yes`, then presses Continue. */
function answerScreen(screens: FlowScreen[], state: FlowState, yes: Set<string>): FlowState {
	const view = viewOf(state, screens);
	if (view.kind !== 'questions') throw new Error(`not on a question screen: ${view.kind}`);
	const answers: FlowEvent[] = view.screen.questions.map((q) => ({
		type: 'answer',
		id: q.id,
		yes: yes.has(q.id)
	}));
	return run(screens, [...answers, { type: 'continue' }], state);
}

/** Goes through the flow answering yes to `yes` and no to everything else. */
function answerAll(screens: FlowScreen[], yes: Iterable<string>): FlowState {
	const chosen = new Set(yes);
	let state = initialFlow();
	while (viewOf(state, screens).kind === 'questions') state = answerScreen(screens, state, chosen);
	return state;
}

const EMERGENCY = [
	'both-legs',
	'saddle-numbness',
	'bladder-bowel',
	'erectile-dysfunction',
	'chest-pain',
	'accident-or-fall'
];
const URGENT = [
	'high-temperature',
	'weight-loss',
	'lump-or-shape',
	'night-pain',
	'cough-sneeze',
	'between-shoulder-blades'
];
const CRISIS = 'mental-health-crisis';

describe('buildScreens', () => {
	it('asks the 999 flags, then the urgent flags, then the one crisis question', () => {
		const screens = screensWith();
		expect(screens.map((s) => s.level)).toEqual(['emergency', 'urgent', 'crisis']);
		expect(screens.map((s) => s.questions.map((q) => q.id))).toEqual([EMERGENCY, URGENT, [CRISIS]]);
		expect(screens[2]?.questions[0]).toMatchObject({ textKey: 'urgent:crisis.question' });
	});

	it('asks the service extras after the defaults of their level, each on its own', () => {
		const screens = screensWith([
			{ id: 'arm', level: 'emergency', text: 'Sudden weakness in one arm' },
			{ id: 'fever', level: 'urgent', text: 'A fever after your injection' },
			{ id: 'voices', level: 'crisis', text: 'Voices telling you to harm yourself' }
		]);
		expect(screens.map((s) => s.questions.at(-1))).toEqual([
			{ id: 'arm', origin: 'service', text: 'Sudden weakness in one arm', level: 'emergency' },
			{ id: 'fever', origin: 'service', text: 'A fever after your injection', level: 'urgent' },
			{
				id: 'voices',
				origin: 'service',
				text: 'Voices telling you to harm yourself',
				level: 'crisis'
			}
		]);
	});

	it('never asks the same id twice (an extra cannot take the crisis question id)', () => {
		const screens = screensWith([{ id: CRISIS, level: 'crisis', text: 'replaced' }]);
		expect(screens[2]?.questions).toEqual([
			{ id: CRISIS, origin: 'default', textKey: 'urgent:crisis.question', level: 'crisis' }
		]);
	});
});

describe('every red flag routes where the domain brief says', () => {
	const screens = screensWith();

	it.each(EMERGENCY)('"%s" yes: call 999 / A&E, and the flow stops', (id) => {
		const state = answerAll(screens, [id]);
		const view = viewOf(state, screens);
		expect(view).toMatchObject({ kind: 'emergency', contacts: ['emergency'] });
		expect(run(screens, [{ type: 'openPlan' }, { type: 'continue' }], state)).toEqual(state);
	});

	it.each(URGENT)('"%s" yes: urgent GP today or NHS 111, then the plan if chosen', (id) => {
		const state = answerAll(screens, [id]);
		expect(viewOf(state, screens)).toMatchObject({ kind: 'help', contacts: ['urgent'] });
		const opened = run(screens, [{ type: 'openPlan' }], state);
		expect(viewOf(opened, screens)).toMatchObject({ kind: 'plan', contacts: ['urgent'] });
	});

	it('the crisis question yes: the crisis contacts', () => {
		const state = answerAll(screens, [CRISIS]);
		expect(viewOf(state, screens)).toMatchObject({ kind: 'help', contacts: ['crisis'] });
		const opened = run(screens, [{ type: 'openPlan' }], state);
		expect(viewOf(opened, screens)).toMatchObject({ kind: 'plan', contacts: ['crisis'] });
	});

	it('urgent and crisis together: crisis contacts first, then urgent', () => {
		const state = answerAll(screens, ['night-pain', CRISIS]);
		expect(viewOf(state, screens)).toMatchObject({ kind: 'help', contacts: ['crisis', 'urgent'] });
	});

	it('nothing applies: straight to the flare-up plan, with no contacts to show', () => {
		const state = answerAll(screens, []);
		expect(viewOf(state, screens)).toEqual({ kind: 'plan', contacts: [], yes: [] });
	});

	it('the contacts of each level are the ones the domain brief names', () => {
		const hrefs = (level: string) =>
			groups.find((g) => g.level === level)?.contacts.map((c) => c.href);
		expect(hrefs('emergency')).toEqual(['tel:999']);
		expect(hrefs('urgent')).toEqual(['tel:111']);
		expect(hrefs('crisis')).toEqual(['tel:999', 'tel:111', 'tel:116123', 'sms:85258?&body=SHOUT']);
	});

	it.each([
		['emergency', 'arm', 'emergency'],
		['urgent', 'fever', 'help'],
		['crisis', 'voices', 'help']
	] as const)('a service %s extra routes like the defaults of its level', (level, id, kind) => {
		const withExtra = screensWith([{ id, level, text: 'service words' }]);
		const view = viewOf(answerAll(withExtra, [id]), withExtra);
		expect(view.kind).toBe(kind);
		expect(view.kind !== 'questions' && view.contacts[0]).toBe(level);
	});
});

describe('the flow', () => {
	const screens = screensWith();

	it('starts on the 999 questions, without a way back', () => {
		const view = viewOf(initialFlow(), screens);
		expect(view).toMatchObject({ kind: 'questions', index: 0, count: 3, missing: [] });
		expect(canGoBack(view)).toBe(false);
	});

	it('a 999 yes is enough: the other 999 questions need no answer', () => {
		const state = run(screens, [
			{ type: 'answer', id: 'chest-pain', yes: true },
			{ type: 'continue' }
		]);
		const view = viewOf(state, screens);
		expect(view.kind).toBe('emergency');
		expect(view.kind === 'emergency' && view.yes.map((q) => q.id)).toEqual(['chest-pain']);
	});

	it.each([0, 1, 2])('screen %i cannot be passed with a question unanswered', (index) => {
		let state = initialFlow();
		for (let i = 0; i < index; i++) state = answerScreen(screens, state, new Set());
		const screen = screens[index]!;
		const [skipped, ...rest] = screen.questions;
		state = run(
			screens,
			[
				...rest.map((q): FlowEvent => ({ type: 'answer', id: q.id, yes: false })),
				{ type: 'continue' }
			],
			state
		);
		const view = viewOf(state, screens);
		expect(view).toMatchObject({ kind: 'questions', index });
		expect(view.kind === 'questions' && view.missing.map((q) => q.id)).toEqual([skipped?.id]);
		// Answering it does not move on by itself; Continue does.
		state = run(screens, [{ type: 'answer', id: skipped!.id, yes: false }], state);
		expect(viewOf(state, screens)).toMatchObject({ kind: 'questions', index });
		state = run(
			screens,
			[{ type: 'answer', id: skipped!.id, yes: false }, { type: 'continue' }],
			state
		);
		expect(viewOf(state, screens)).not.toMatchObject({ kind: 'questions', index });
	});

	it('ignores answers to questions that are not on the screen shown', () => {
		const state = run(screens, [{ type: 'answer', id: 'night-pain', yes: true }]);
		expect(state.answers).toEqual({});
		const done = answerAll(screens, []);
		expect(run(screens, [{ type: 'answer', id: 'chest-pain', yes: true }], done)).toEqual(done);
	});

	it('Back goes to the previous screen with the answers kept', () => {
		const onUrgent = answerScreen(screens, initialFlow(), new Set());
		const back = run(screens, [{ type: 'back' }], onUrgent);
		expect(viewOf(back, screens)).toMatchObject({ kind: 'questions', index: 0 });
		expect(back.answers).toEqual(onUrgent.answers);
		expect(run(screens, [{ type: 'back' }], back)).toEqual(back);
	});

	it('Back from the emergency card returns to the 999 questions to correct a mis-tap', () => {
		const state = answerAll(screens, ['both-legs']);
		const back = run(screens, [{ type: 'back' }], state);
		expect(viewOf(back, screens)).toMatchObject({ kind: 'questions', index: 0 });
		const corrected = run(screens, [{ type: 'answer', id: 'both-legs', yes: false }], back);
		expect(viewOf(answerScreen(screens, corrected, new Set()), screens)).toMatchObject({
			kind: 'questions',
			index: 1
		});
	});

	it('Back from the plan goes to the contacts after an urgent answer, else to the last question', () => {
		const urgent = run(screens, [{ type: 'openPlan' }], answerAll(screens, ['weight-loss']));
		expect(viewOf(run(screens, [{ type: 'back' }], urgent), screens).kind).toBe('help');
		const none = answerAll(screens, []);
		expect(viewOf(run(screens, [{ type: 'back' }], none), screens)).toMatchObject({
			kind: 'questions',
			index: 2
		});
		const help = answerAll(screens, [CRISIS]);
		expect(viewOf(run(screens, [{ type: 'back' }], help), screens)).toMatchObject({
			kind: 'questions',
			index: 2
		});
	});

	it('Start again clears every answer', () => {
		const state = answerAll(screens, ['chest-pain']);
		expect(run(screens, [{ type: 'restart' }], state)).toEqual(initialFlow());
	});

	it('a 999 extra that arrives after its screen was passed is asked before going on', () => {
		const state = answerScreen(screens, initialFlow(), new Set());
		const later = screensWith([{ id: 'arm', level: 'emergency', text: 'Weak arm' }]);
		expect(viewOf(state, later)).toMatchObject({ kind: 'questions', index: 0 });
		const answered = run(later, [{ type: 'answer', id: 'arm', yes: true }], state);
		expect(viewOf(answered, later)).toMatchObject({ kind: 'questions', index: 0 });
		expect(viewOf(run(later, [{ type: 'continue' }], answered), later).kind).toBe('emergency');
	});
});

describe('properties (fast-check)', () => {
	const extrasArb = fc.array(
		fc.record({
			id: fc.constantFrom('arm', 'fever', 'voices', 'chest-pain', CRISIS),
			level: fc.constantFrom('emergency' as const, 'urgent' as const, 'crisis' as const),
			text: fc.constant('service words')
		}),
		{ maxLength: 4 }
	);
	const ids = [...EMERGENCY, ...URGENT, CRISIS, 'arm', 'fever', 'voices', 'not-a-question'];
	type Step = FlowEvent | { type: 'extrasArrive' };
	const stepArb: fc.Arbitrary<Step> = fc.oneof(
		{
			weight: 6,
			arbitrary: fc.record({
				type: fc.constant('answer' as const),
				id: fc.constantFrom(...ids),
				yes: fc.boolean()
			})
		},
		{ weight: 3, arbitrary: fc.constant({ type: 'continue' as const }) },
		{ weight: 1, arbitrary: fc.constant({ type: 'back' as const }) },
		{ weight: 1, arbitrary: fc.constant({ type: 'openPlan' as const }) },
		{ weight: 1, arbitrary: fc.constant({ type: 'restart' as const }) },
		{ weight: 1, arbitrary: fc.constant({ type: 'extrasArrive' as const }) }
	);

	/** The rules that must hold in every state the flow can reach. */
	function checkInvariants(state: FlowState, screens: FlowScreen[]): void {
		const view = viewOf(state, screens);
		const questions = screens.flatMap((screen) => screen.questions);
		const yesAt = (level: string) =>
			questions.some((q) => q.level === level && state.answers[q.id] === true);
		const isOutcome = view.kind !== 'questions';
		if (view.kind === 'plan' || view.kind === 'help') {
			// An emergency yes never reaches the plan or the self-management route.
			expect(yesAt('emergency')).toBe(false);
			// Nothing was skipped.
			for (const q of questions) expect(typeof state.answers[q.id]).toBe('boolean');
			expect(view.contacts).toEqual(
				(['crisis', 'urgent'] as const).filter((level) => yesAt(level))
			);
		}
		if (isOutcome && yesAt('crisis')) expect(view.contacts).toContain('crisis');
		if ((view.kind === 'help' || view.kind === 'plan') && yesAt('crisis'))
			expect(view.contacts[0]).toBe('crisis');
		if (view.kind === 'emergency') {
			expect(view.contacts[0]).toBe('emergency');
			expect(nextFlow(state, { type: 'openPlan' }, screens)).toEqual(state);
			expect(nextFlow(state, { type: 'continue' }, screens)).toEqual(state);
		}
		if (view.kind === 'questions') {
			for (const q of screens.slice(0, view.index).flatMap((s) => s.questions))
				expect(typeof state.answers[q.id]).toBe('boolean');
		}
	}

	it('in every reachable state: no plan after a 999 yes, crisis contacts first after a crisis yes, nothing skipped', () => {
		fc.assert(
			fc.property(extrasArb, fc.array(stepArb, { maxLength: 60 }), (extras, steps) => {
				let screens = screensWith();
				let state = initialFlow();
				checkInvariants(state, screens);
				for (const step of steps) {
					const before = viewOf(state, screens);
					if (step.type === 'extrasArrive') screens = screensWith(extras);
					else state = nextFlow(state, step, screens);
					checkInvariants(state, screens);
					// Answering never moves the person on by itself.
					if (step.type === 'answer') {
						const after = viewOf(state, screens);
						expect(after.kind).toBe(before.kind);
						if (after.kind === 'questions' && before.kind === 'questions')
							expect(after.index).toBe(before.index);
					}
				}
			}),
			{ numRuns: 400 }
		);
	}, 60_000);

	it('any complete set of answers with a 999 yes ends at the emergency card, whatever else is answered', () => {
		fc.assert(
			fc.property(
				extrasArb,
				fc.subarray(ids),
				fc.constantFrom(...EMERGENCY, 'arm'),
				(extras, yes, emergency) => {
					const screens = screensWith([
						{ id: 'arm', level: 'emergency', text: 'service words' },
						...extras
					]);
					const state = answerAll(screens, [...yes, emergency]);
					expect(viewOf(state, screens).kind).toBe('emergency');
					const after = run(screens, [{ type: 'openPlan' }, { type: 'continue' }], state);
					expect(viewOf(after, screens).kind).toBe('emergency');
				}
			)
		);
	});

	it('any complete set of answers with a crisis yes and no 999 yes shows the crisis contacts first', () => {
		const nonEmergency = [...URGENT, 'fever', 'voices'];
		fc.assert(
			fc.property(fc.subarray(nonEmergency), fc.constantFrom(CRISIS, 'voices'), (yes, crisis) => {
				const screens = screensWith([
					{ id: 'fever', level: 'urgent', text: 'service words' },
					{ id: 'voices', level: 'crisis', text: 'service words' }
				]);
				const state = answerAll(screens, [...yes, crisis]);
				expect(viewOf(state, screens)).toMatchObject({
					kind: 'help',
					contacts: expect.arrayContaining(['crisis'])
				});
				const opened = run(screens, [{ type: 'openPlan' }], state);
				const view = viewOf(opened, screens);
				expect(view.kind).toBe('plan');
				expect(view.kind === 'plan' && view.contacts[0]).toBe('crisis');
			})
		);
	});
});
