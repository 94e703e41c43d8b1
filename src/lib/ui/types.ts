// Shapes shared by the UI kit's components, fixtures and the pages that use them.

/** Heading sizes for labels and legends (nhsuk-label--m, nhsuk-fieldset__legend--l …). */
export type TextSize = 's' | 'm' | 'l' | 'xl';

/** A heading level for components that render a heading. */
export type HeadingLevel = 1 | 2 | 3 | 4;

export type ButtonVariant = 'primary' | 'secondary' | 'reverse' | 'warning' | 'login';

export type TagColour =
	| 'white'
	| 'grey'
	| 'green'
	| 'aqua-green'
	| 'blue'
	| 'purple'
	| 'pink'
	| 'red'
	| 'orange'
	| 'yellow';

export type CareCardVariant = 'non-urgent' | 'urgent' | 'emergency';

export interface NavigationItem {
	href: string;
	label: string;
	current?: boolean;
}

/** One link in an error summary; `href` is '#' + the id of the field to fix. */
export interface ErrorSummaryItem {
	href: string;
	text: string;
}

export interface ChoiceItem {
	value: string;
	label: string;
	hint?: string;
	disabled?: boolean;
	/** Language of the label when it differs from the page (a language's own name). */
	lang?: string;
}

export interface CheckboxItem extends ChoiceItem {
	/** "None of these": ticking it clears the others, and ticking another clears it. */
	exclusive?: boolean;
}

export interface SummaryListAction {
	href: string;
	text: string;
	/** Read after the link text by screen readers, e.g. " name" in "Change name". */
	visuallyHiddenText?: string;
}

export interface SummaryListRow {
	key: string;
	value: string;
	action?: SummaryListAction;
}

export interface DateParts {
	day: string;
	month: string;
	year: string;
}

export type DatePart = keyof DateParts;

/** What every form field shares: its id (also the error summary's link target), hint and error. */
interface FieldProps {
	id: string;
	/** The form field name; defaults to the id. */
	name?: string;
	isPageHeading?: boolean;
	hint?: string;
	error?: string;
	/** Id of the legend's or label's h1 when it is the page heading, to move focus to it. */
	headingId?: string;
	/** What the question belongs to, shown above it and read with it (nhsuk caption). */
	caption?: string;
	/** Language of the legend or label and caption when not the page's (an English instrument). */
	textLang?: string;
}

/** A field with a single control and a label (text input, textarea). */
export interface LabelledFieldProps extends FieldProps {
	label: string;
	labelSize?: TextSize;
}

/** A group of controls in a fieldset with a legend (radios, checkboxes, date, scale). */
export interface FieldsetFieldProps extends FieldProps {
	legend: string;
	legendSize?: TextSize;
}

/** A column of a Table: its header text, and whether it holds numbers (aligned to the end). */
export interface TableColumn {
	label: string;
	numeric?: boolean;
}

/** The props of Table, without its row snippet (for fixtures). */
export interface TableOptions<Row> {
	caption: string;
	/** A visible caption's size; without one the caption is for screen readers only. */
	captionSize?: 's' | 'm' | 'l';
	/** Read after the caption by screen readers only, e.g. what the table leaves out. */
	captionHint?: string;
	columns: TableColumn[];
	rows: Row[];
	/** A stable key for each row. */
	key: (row: Row) => string;
	/** Scrolls sideways on a narrow screen instead of spilling off it (default true). */
	scrolls?: boolean;
}
