import { STORAGE_MESSAGES } from '$lib/db/messages';
import { describeStorageError } from '$lib/db/storage-errors';
import type { InputResult } from './answer-input';
import { answerQuestion, type PromResponse } from './draft';
import { saveAnswers, submitAnswers, type OpenedQuestionnaire } from './fill-data';
import type { AvailableQuestionnaire } from './library';
import { resumeScreen, screenParam } from './filler';
import { instrumentLanguage, type InstrumentLanguage } from './instrument-language';
import { needsSafetyNetting, safetyQuestions } from './safety';
import type { Answer, Answers, Question, QuestionnaireDefinition } from './types';
import { validateQuestion, type AnswerError } from './validate';

/** The saved choice "Show all questions on one page", kept on this device. */
export const ONE_PAGE_KEY = 'tend:questionnaire-one-page';

/**
 * One questionnaire being filled in, for the filler page: the draft, saved on every
 * answer (saves never overlap and the newest always wins), typed input that is not an
 * answer yet, the errors shown, and whether the crisis panel is needed. The database is
 * opened by the page's load (fill-data.ts), beside the page's first render.
 */
export class QuestionnaireFill {
	status = $state<'loading' | 'missing' | 'failed' | 'ready'>('loading');
	/** Why the questionnaire could not be opened (the database would not open or read). */
	openErrorKey = $state<string | null>(null);
	questionnaire = $state<AvailableQuestionnaire | null>(null);
	draft = $state<PromResponse | null>(null);
	isResumed = $state(false);
	/** Where the filler opens when the address names no screen: where the draft was left. */
	startAt = $state('review');
	isOnePage = $state(false);
	/** Typed input that is not a valid answer (yet), by linkId: its error key. */
	inputErrors = $state<Record<string, string>>({});
	/** Errors shown, set by check() and submit(); a new list each time (refocuses the summary). */
	errors = $state<AnswerError[]>([]);
	saveErrorKey = $state<string | null>(null);
	isSubmitting = $state(false);
	occasion: string | null = null;

	definition = $derived<QuestionnaireDefinition | null>(this.questionnaire?.definition ?? null);
	answers = $derived<Answers>(this.draft?.answers ?? {});
	/** PHQ-9 item 9 above "Not at all": the crisis panel shows at once (H-015). */
	needsSafetyPanel = $derived(
		this.definition !== null && needsSafetyNetting(this.definition, this.answers)
	);
	/** The questions whose answer needs the panel: it shows with them. */
	safetyQuestions = $derived(
		this.needsSafetyPanel && this.definition ? safetyQuestions(this.definition, this.answers) : []
	);

	#saving: Promise<void> | null = null;
	#isSaveWaiting = false;

	/** Shows the questionnaire and its draft (new or resumed) once `opening` has read them. */
	async open(opening: Promise<OpenedQuestionnaire | null>, occasion: string | null): Promise<void> {
		this.occasion = occasion;
		this.isOnePage = readOnePage();
		let opened: OpenedQuestionnaire | null;
		try {
			opened = await opening;
		} catch (error) {
			// Without the database no answer could be kept: say so rather than offer questions.
			this.openErrorKey = describe(error, STORAGE_MESSAGES.openFailed);
			this.status = 'failed';
			return;
		}
		if (!opened) {
			this.status = 'missing';
			return;
		}
		this.questionnaire = opened.questionnaire;
		this.draft = opened.draft;
		// Fixed when opened: answering the first unanswered question must not move the screen.
		this.startAt = screenParam(resumeScreen(opened.questionnaire.definition, opened.draft.answers));
		this.isResumed = opened.isResumed;
		this.status = 'ready';
	}

	/** The language the instrument is shown in for `uiLanguage`, and whether it is English as a fallback. */
	languageFor(uiLanguage: string): InstrumentLanguage {
		return this.definition
			? instrumentLanguage(this.definition, uiLanguage)
			: { language: uiLanguage, isFallback: false };
	}

	/** Records the answers to `linkId` and saves the draft. */
	answer(linkId: string, given: readonly Answer[]): void {
		if (!this.draft || !this.definition) return;
		this.draft = answerQuestion(this.draft, this.definition, linkId, given, new Date());
		this.setInputError(linkId, null);
		if (this.errors.some((error) => error.linkId === linkId))
			this.errors = this.errors.filter((error) => error.linkId !== linkId);
		this.#save();
	}

	/** Records what was typed: its answers, or no answer and why the input is not one. */
	input(linkId: string, result: InputResult): void {
		if (result.ok) return this.answer(linkId, result.answers);
		if ((this.answers[linkId]?.length ?? 0) > 0) this.answer(linkId, []);
		this.setInputError(linkId, result.key);
	}

	/** Notes typed input that is not an answer (key), or that it is fine again (null). */
	setInputError(linkId: string, key: string | null): void {
		if ((this.inputErrors[linkId] ?? null) === key) return;
		const { [linkId]: _dropped, ...others } = this.inputErrors;
		this.inputErrors = key === null ? others : { ...others, [linkId]: key };
	}

	/** Checks `questions` before moving on; true when they may be left. */
	check(questions: readonly Question[]): boolean {
		this.errors = questions.flatMap((question) => {
			const inputKey = this.inputErrors[question.linkId];
			if (inputKey) return [{ linkId: question.linkId, key: inputKey }];
			return validateQuestion(question, this.answers[question.linkId] ?? []);
		});
		return this.errors.length === 0;
	}

	clearErrors(): void {
		if (this.errors.length > 0) this.errors = [];
	}

	/** Remembers on this device whether to show all questions on one page. */
	setOnePage(isOnePage: boolean): void {
		this.isOnePage = isOnePage;
		try {
			localStorage.setItem(ONE_PAGE_KEY, isOnePage ? 'yes' : 'no');
		} catch {
			// Storage refused (private mode): the choice lasts for this visit only.
		}
	}

	/**
	 * Sends the answers, recording `language` as the one they were shown in; the completed
	 * response's id, or null (errors are then shown).
	 */
	async submit(language: string): Promise<string | null> {
		if (!this.draft || !this.definition || this.isSubmitting) return null;
		this.isSubmitting = true;
		this.saveErrorKey = null;
		try {
			await this.#saving;
			const result = await submitAnswers(
				{ ...($state.snapshot(this.draft) as PromResponse), language },
				this.definition,
				new Date()
			);
			if (result.ok) return result.response.id;
			this.errors = result.errors;
			return null;
		} catch (error) {
			this.saveErrorKey = describe(error, 'proms:fill.errors.submit_failed');
			return null;
		} finally {
			this.isSubmitting = false;
		}
	}

	#save(): void {
		if (this.#saving) {
			this.#isSaveWaiting = true;
			return;
		}
		this.#saving = this.#saveLatest().finally(() => (this.#saving = null));
	}

	async #saveLatest(): Promise<void> {
		do {
			this.#isSaveWaiting = false;
			const draft = this.draft;
			if (!draft) return;
			try {
				await saveAnswers($state.snapshot(draft) as PromResponse, this.occasion);
				this.saveErrorKey = null;
			} catch (error) {
				this.saveErrorKey = describe(error, 'proms:fill.errors.save_failed');
			}
		} while (this.#isSaveWaiting);
	}
}

function readOnePage(): boolean {
	try {
		return localStorage.getItem(ONE_PAGE_KEY) === 'yes';
	} catch {
		return false;
	}
}

function describe(error: unknown, fallback: string): string {
	if ((error as { name?: unknown })?.name === 'ResponseLockedError')
		return 'proms:fill.errors.already_sent';
	return describeStorageError(error) ?? fallback;
}
