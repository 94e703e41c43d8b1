/**
 * The flare-up flow's red-flag router: a pure state machine.
 *
 * The person answers yes or no to each red flag, one screen per level: the 999 / A&E flags,
 * then the urgent GP / NHS 111 flags, then one mental-health crisis question (each screen
 * with the pain service's own additions). Where the answers lead:
 * - any 999 / A&E yes: the emergency card, and the flow stops — nothing leads on to
 *   self-management, whatever else is answered (a yes is enough; the rest need no answer);
 * - otherwise, once every question is answered: crisis and urgent contacts for the levels
 *   answered yes (crisis first), with the person's flare-up plan behind a button and the
 *   contacts kept above it (docs/decisions.md D-018);
 * - nothing applies: the flare-up plan.
 * Invariants (router.spec.ts, property-tested): the plan is never shown while a 999 flag is
 * answered yes; every outcome after a crisis yes shows the crisis contacts, first; a screen
 * is passed only when each of its questions is answered.
 * See: DOMAIN brief §3 (red flags and routing); NHS "Back pain" (nhs.uk/conditions/back-pain)
 * for the 999 and urgent flags; NHS "Where to get urgent help for mental health"
 * (nhs.uk/nhs-services/mental-health-services) for the crisis contacts; hazard H-009.
 */
import {
	RED_FLAG_LEVELS,
	type RedFlag,
	type RedFlagLevel,
	type ShownRedFlag,
	type ShownRedFlagGroup
} from './types';

/** One yes/no question: a red flag (or the crisis question) and its level. */
export type FlowQuestion = ShownRedFlag & { level: RedFlagLevel };

/** One screen of questions, all of one level. */
export interface FlowScreen {
	level: RedFlagLevel;
	questions: FlowQuestion[];
}

export interface FlowState {
	/** Answers by question id: true is yes. */
	answers: Readonly<Record<string, boolean>>;
	/** How many screens the person has left with Continue (Back takes one off). Continue
	 * leaves a screen only when every question on it is answered, or a 999 flag is yes. */
	passed: number;
	/** Questions left unanswered at the last Continue, shown as errors. */
	missing: readonly string[];
	/** After an urgent or crisis result, the person chose to go on to their plan. */
	isPlanOpened: boolean;
}

export type FlowEvent =
	| { type: 'answer'; id: string; yes: boolean }
	| { type: 'continue' }
	| { type: 'back' }
	| { type: 'openPlan' }
	| { type: 'restart' };

/** Levels whose contacts a result shows, most prominent first. */
export type ContactLevels = RedFlagLevel[];

export type FlowView =
	| {
			kind: 'questions';
			screen: FlowScreen;
			index: number;
			count: number;
			/** Unanswered questions to point out (after a Continue with gaps). */
			missing: FlowQuestion[];
	  }
	| { kind: 'emergency'; contacts: ContactLevels; yes: FlowQuestion[] }
	| { kind: 'help'; contacts: ContactLevels; yes: FlowQuestion[] }
	| { kind: 'plan'; contacts: ContactLevels; yes: FlowQuestion[] };

/**
 * The screens of the flow from the merged red-flag groups: 999 flags, urgent flags, then
 * the crisis question with any crisis flags the service added. Ids are unique across the
 * flow (answers are kept by id): a repeated id is asked once, where it first appears.
 */
export function buildScreens(
	groups: readonly ShownRedFlagGroup[],
	crisisQuestion: RedFlag
): FlowScreen[] {
	const seen = new Set<string>();
	const unique = (question: FlowQuestion) => !seen.has(question.id) && !!seen.add(question.id);
	return RED_FLAG_LEVELS.map((level) => {
		const flags = groups.filter((group) => group.level === level).flatMap((g) => g.flags);
		const asked: ShownRedFlag[] =
			level === 'crisis'
				? [{ id: crisisQuestion.id, origin: 'default', textKey: crisisQuestion.textKey }, ...flags]
				: flags;
		return { level, questions: asked.map((flag) => ({ ...flag, level })).filter(unique) };
	}).filter((screen) => screen.questions.length > 0);
}

/** The start of the flow: nothing answered, on the first screen. */
export function initialFlow(): FlowState {
	return { answers: {}, passed: 0, missing: [], isPlanOpened: false };
}

/** What to show for `state`. */
export function viewOf(state: FlowState, screens: readonly FlowScreen[]): FlowView {
	const yes = screens.flatMap((s) => s.questions).filter((q) => state.answers[q.id] === true);
	const hasYes = (level: RedFlagLevel) => yes.some((question) => question.level === level);
	const helpContacts = (['crisis', 'urgent'] as const).filter(hasYes);
	const missingOn = (screen: FlowScreen) =>
		screen.questions.filter((q) => !isAnswered(state, q) && state.missing.includes(q.id));
	for (const [index, screen] of screens.slice(0, state.passed).entries()) {
		if (screen.questions.some((q) => q.level === 'emergency' && state.answers[q.id] === true)) {
			return { kind: 'emergency', contacts: ['emergency', ...helpContacts.filter(isCrisis)], yes };
		}
		// Only when a question was added after the screen was passed (the plan's extra red
		// flags are read after the first screen): it is asked before anything else.
		if (screen.questions.some((q) => !isAnswered(state, q))) {
			return { kind: 'questions', screen, index, count: screens.length, missing: [] };
		}
	}
	const next = screens[state.passed];
	if (next) {
		return {
			kind: 'questions',
			screen: next,
			index: state.passed,
			count: screens.length,
			missing: missingOn(next)
		};
	}
	if (helpContacts.length === 0 || state.isPlanOpened) {
		return { kind: 'plan', contacts: [...helpContacts], yes };
	}
	return { kind: 'help', contacts: [...helpContacts], yes };
}

/** The state after `event`; events that make no sense where the person is change nothing. */
export function nextFlow(
	state: FlowState,
	event: FlowEvent,
	screens: readonly FlowScreen[]
): FlowState {
	const view = viewOf(state, screens);
	switch (event.type) {
		case 'restart':
			return initialFlow();
		case 'answer':
			if (view.kind !== 'questions' || !view.screen.questions.some((q) => q.id === event.id))
				return state;
			// Answering never moves on by itself: Continue does (passed drops back to this
			// screen when it is asked again because a question was added to it).
			return {
				...state,
				answers: { ...state.answers, [event.id]: event.yes },
				passed: Math.min(state.passed, view.index)
			};
		case 'continue': {
			if (view.kind !== 'questions') return state;
			const { questions } = view.screen;
			const unanswered = questions.filter((q) => !isAnswered(state, q)).map((q) => q.id);
			// A 999 yes is enough to leave the 999 screen: the rest need no answer.
			const isEmergency = questions.some(
				(q) => q.level === 'emergency' && state.answers[q.id] === true
			);
			if (unanswered.length > 0 && !isEmergency) return { ...state, missing: unanswered };
			return { ...state, passed: view.index + 1, missing: [], isPlanOpened: false };
		}
		case 'openPlan':
			return view.kind === 'help' ? { ...state, isPlanOpened: true } : state;
		case 'back':
			return back(state, view, screens);
	}
}

function back(state: FlowState, view: FlowView, screens: readonly FlowScreen[]): FlowState {
	const to = (passed: number): FlowState => ({
		...state,
		passed,
		missing: [],
		isPlanOpened: false
	});
	switch (view.kind) {
		case 'questions':
			return view.index === 0 ? state : to(view.index - 1);
		case 'emergency':
			// Back to the 999 questions, answers kept, so a mis-tap can be corrected.
			return to(
				Math.max(
					0,
					screens.findIndex((screen) => screen.level === 'emergency')
				)
			);
		case 'plan':
			if (state.isPlanOpened) return { ...state, isPlanOpened: false };
			return to(screens.length - 1);
		case 'help':
			return to(screens.length - 1);
	}
}

/** Whether the flow can go back from `view` (not from its first screen). */
export function canGoBack(view: FlowView): boolean {
	return view.kind !== 'questions' || view.index > 0;
}

function isAnswered(state: FlowState, question: FlowQuestion): boolean {
	return typeof state.answers[question.id] === 'boolean';
}

function isCrisis(level: RedFlagLevel): boolean {
	return level === 'crisis';
}
