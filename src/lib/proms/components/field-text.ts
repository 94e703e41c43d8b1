// How a question's field is labelled: shared by the filler's field components.
import type { TextSize } from '$lib/ui/types';

export interface FieldText {
	/** The question (with its prefix), in the instrument's language. */
	label: string;
	size?: TextSize;
	isPageHeading: boolean;
	headingId?: string;
	/** The text of its group ("Over the last 2 weeks…"), shown with it. */
	caption?: string;
	/** The instrument's language, when it is not the page's. */
	lang?: string;
	error?: string;
}
