/**
 * Which language a questionnaire's own wording is shown in. Instrument wording is never
 * translated by Tend (H-016, D-026): a language is used only when the definition carries a
 * translation of every text in it (from a validated source); otherwise the whole
 * instrument is shown in its own language (English), with a note in the person's language.
 * Never a mix of the two, which would be neither the original nor a checked translation.
 */
import type { Item, LocalText, QuestionnaireDefinition } from './types';

export interface InstrumentLanguage {
	/** The language to read the definition's texts in (textIn). */
	language: string;
	/** True when the person's language has no checked translation, so English is shown. */
	isFallback: boolean;
}

const primaryOf = (language: string) => (language.split('-')[0] ?? language).toLowerCase();

function textsOf(definition: QuestionnaireDefinition): LocalText[] {
	const texts: LocalText[] = definition.title ? [definition.title] : [];
	const walk = (items: readonly Item[]) => {
		for (const item of items) {
			if (item.text) texts.push(item.text);
			if (item.type === 'group') walk(item.items);
			if (item.type === 'choice')
				for (const option of item.options) if (option.display) texts.push(option.display);
			if (item.type === 'integer' || item.type === 'decimal') {
				if (item.lowerLabel) texts.push(item.lowerLabel);
				if (item.upperLabel) texts.push(item.upperLabel);
			}
		}
	};
	walk(definition.items);
	return texts;
}

/** The language to show `definition` in to a person whose app is in `uiLanguage`. */
export function instrumentLanguage(
	definition: QuestionnaireDefinition,
	uiLanguage: string
): InstrumentLanguage {
	const own = definition.language ?? 'en';
	if (primaryOf(own) === primaryOf(uiLanguage)) return { language: own, isFallback: false };
	const primary = primaryOf(uiLanguage);
	const isTranslated = textsOf(definition).every(
		(text) =>
			text.translations[uiLanguage] !== undefined || text.translations[primary] !== undefined
	);
	return isTranslated
		? { language: uiLanguage, isFallback: false }
		: { language: own, isFallback: true };
}
