// Plain types of Tend's questionnaire model, safe for any page's bundle. A definition is read
// from a FHIR R4 Questionnaire (definition.ts); the rest of the app speaks this model, not FHIR.

/** Text with its translations by language code (BCP 47, e.g. "cy", "pl"). */
export interface LocalText {
	text: string;
	translations: Readonly<Record<string, string>>;
}

export const ENABLE_OPERATORS = ['exists', '=', '!=', '>', '<', '>=', '<='] as const;
export type EnableOperator = (typeof ENABLE_OPERATORS)[number];

/** One answer to one question; a question that repeats has several. */
export type Answer =
	| { kind: 'coding'; system?: string; code: string }
	| { kind: 'boolean'; value: boolean }
	| { kind: 'integer'; value: number }
	| { kind: 'decimal'; value: number }
	| { kind: 'string'; value: string }
	| { kind: 'date'; value: string };

/** Answers keyed by linkId; an absent key or an empty list means "not answered". */
export type Answers = Readonly<Record<string, readonly Answer[]>>;

/** A condition of `enableWhen`; `answer` is a boolean for `exists`. */
export interface EnableCondition {
	question: string;
	operator: EnableOperator;
	answer: Answer;
}

interface ItemBase {
	linkId: string;
	text?: LocalText;
	/** "1.", "a)": shown before the text, never translated. */
	prefix?: string;
	enableWhen: readonly EnableCondition[];
	/** How several conditions combine; `all` when there is at most one. */
	enableBehavior: 'all' | 'any';
}

export interface AnswerOption {
	system?: string;
	code: string;
	display?: LocalText;
	/** The ordinal value (ordinalValue or itemWeight extension) that scoring adds up. */
	score?: number;
}

export interface ChoiceQuestion extends ItemBase {
	type: 'choice';
	required: boolean;
	repeats: boolean;
	options: readonly AnswerOption[];
}

export interface NumberQuestion extends ItemBase {
	type: 'integer' | 'decimal';
	required: boolean;
	min?: number;
	max?: number;
	/** What the lowest and highest values mean ("No pain", "Worst pain imaginable"). */
	lowerLabel?: LocalText;
	upperLabel?: LocalText;
}

export interface SimpleQuestion extends ItemBase {
	type: 'boolean' | 'string' | 'text' | 'date';
	required: boolean;
}

export type Question = ChoiceQuestion | NumberQuestion | SimpleQuestion;

export interface DisplayItem extends ItemBase {
	type: 'display';
}

export interface GroupItem extends ItemBase {
	type: 'group';
	items: readonly Item[];
}

export type Item = Question | DisplayItem | GroupItem;
export type QuestionType = Question['type'];

/** A questionnaire Tend can ask: every part of it is in the supported subset. */
export interface QuestionnaireDefinition {
	url: string;
	version: string;
	title?: LocalText;
	/** The language the definition is written in (its `language`), if it says. */
	language?: string;
	items: readonly Item[];
}

/** Something in a definition Tend cannot ask faithfully; `key` is an i18n key. */
export interface DefinitionProblem {
	linkId?: string;
	key: string;
	values?: Readonly<Record<string, string>>;
}

export type DefinitionResult =
	| { ok: true; definition: QuestionnaireDefinition }
	| { ok: false; problems: readonly DefinitionProblem[] };

/** True for an item that takes answers. */
export function isQuestion(item: Item): item is Question {
	return item.type !== 'group' && item.type !== 'display';
}
