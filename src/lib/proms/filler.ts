/**
 * The screens of the questionnaire filler: one question per screen, then a review. Which
 * screen comes next or before depends only on the definition and the answers so far, so a
 * change that shows or hides a question moves the person to the right place (H-018), and a
 * draft resumes where it was left. Display text and group text go with the question they
 * lead into.
 */
import { questionsToAsk, visibleItems } from './engine';
import type {
	Answers,
	DisplayItem,
	Item,
	LocalText,
	Question,
	QuestionnaireDefinition
} from './types';

export type Screen = { kind: 'question'; linkId: string } | { kind: 'review' };

const REVIEW: Screen = { kind: 'review' };
const question = (linkId: string): Screen => ({ kind: 'question', linkId });
const isAnswered = (answers: Answers, linkId: string) => (answers[linkId]?.length ?? 0) > 0;

/** Where a draft opens: the first question not answered yet, or the review when all are. */
export function resumeScreen(definition: QuestionnaireDefinition, answers: Answers): Screen {
	const first = questionsToAsk(definition, answers).find((q) => !isAnswered(answers, q.linkId));
	return first ? question(first.linkId) : REVIEW;
}

/**
 * The screen named in the address ('review' or a question's linkId); where to resume when
 * it names nothing, or a question that is not asked with these answers.
 */
export function screenAt(
	definition: QuestionnaireDefinition,
	answers: Answers,
	at: string | null
): Screen {
	if (at === 'review') return REVIEW;
	const asked = questionsToAsk(definition, answers);
	if (at !== null && asked.some((q) => q.linkId === at)) return question(at);
	return resumeScreen(definition, answers);
}

/**
 * The screen after question `linkId`. Changing an answer from the review goes on to the
 * next question that has no answer (one the change has just shown), else back to the review.
 */
export function nextScreen(
	definition: QuestionnaireDefinition,
	answers: Answers,
	linkId: string,
	isChanging = false
): Screen {
	const asked = questionsToAsk(definition, answers);
	const after = asked.slice(asked.findIndex((q) => q.linkId === linkId) + 1);
	const next = isChanging ? after.find((q) => !isAnswered(answers, q.linkId)) : after[0];
	return next ? question(next.linkId) : REVIEW;
}

/** The screen before `screen`, or null on the first question. */
export function previousScreen(
	definition: QuestionnaireDefinition,
	answers: Answers,
	screen: Screen
): Screen | null {
	const asked = questionsToAsk(definition, answers);
	const index =
		screen.kind === 'review' ? asked.length : asked.findIndex((q) => q.linkId === screen.linkId);
	const before = asked[index - 1];
	return index > 0 && before ? question(before.linkId) : null;
}

/** What is shown with a question on its own screen. */
export interface QuestionContext {
	question: Question;
	/** Texts of the groups it is in, outermost first ("Over the last 2 weeks…"). */
	groups: LocalText[];
	/** Display text that comes before it and after the question before it. */
	displays: DisplayItem[];
}

/**
 * Every enabled question with its context, in order; `closing` is display text after the
 * last question, shown on the review.
 */
export function questionContexts(
	definition: QuestionnaireDefinition,
	answers: Answers
): { contexts: QuestionContext[]; closing: DisplayItem[] } {
	const contexts: QuestionContext[] = [];
	let pending: DisplayItem[] = [];
	const walk = (items: readonly Item[], groups: LocalText[]) => {
		for (const item of items) {
			if (item.type === 'group') walk(item.items, item.text ? [...groups, item.text] : groups);
			else if (item.type === 'display') pending.push(item);
			else {
				contexts.push({ question: item, groups, displays: pending });
				pending = [];
			}
		}
	};
	walk(visibleItems(definition, answers), []);
	return { contexts, closing: pending };
}

/** The context of one question, or undefined when it is not asked. */
export function contextOf(
	definition: QuestionnaireDefinition,
	answers: Answers,
	linkId: string
): QuestionContext | undefined {
	return questionContexts(definition, answers).contexts.find(
		(context) => context.question.linkId === linkId
	);
}

/** The filler's address for a screen: `at` is a question's linkId or 'review'. */
export function fillHref(input: {
	slug: string;
	occasion?: string | null;
	at?: string;
	isChanging?: boolean;
}): string {
	const params = new URLSearchParams({ q: input.slug });
	if (input.occasion) params.set('occasion', input.occasion);
	if (input.at) params.set('at', input.at);
	if (input.isChanging) params.set('change', '1');
	return `/questionnaires/fill?${params}`;
}

/** The address of a screen, given as a Screen. */
export function screenParam(screen: Screen): string {
	return screen.kind === 'review' ? 'review' : screen.linkId;
}
