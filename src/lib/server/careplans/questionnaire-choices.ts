import type { QuestionnaireChoice } from '$lib/careplan/form-fields';
import { findResources } from '../fhir/resource-repo';
import type { Db } from '../store/open-store';

/**
 * The questionnaires the care plan editor offers to ask at the standard occasions: the
 * ones Tend ships, then the active Questionnaires stored on this service (a licensed
 * instrument a service supplies), each url once, by title.
 */

type Definition = Record<string, unknown>;

const BUNDLED = Object.values(
	import.meta.glob<Definition>('/src/content/questionnaires/*.json', {
		eager: true,
		import: 'default'
	})
);

const text = (value: unknown) => (typeof value === 'string' && /\S/.test(value) ? value : null);

type Choice = QuestionnaireChoice & { isActive: boolean };
const isActive = (choice: Choice | null | undefined): choice is Choice => choice?.isActive === true;

function choiceOf(definition: Definition): Choice | null {
	const url = text(definition.url);
	if (!url) return null;
	const title = text(definition.title) ?? text(definition.name) ?? url;
	return { url, title, isActive: definition.status === 'active' };
}

const byTitle = (a: QuestionnaireChoice, b: QuestionnaireChoice) =>
	a.title.localeCompare(b.title, 'en-GB', { sensitivity: 'base' });

/** Tend's questionnaires, then the service's own (the newest version's title), by title. */
export function questionnaireChoices(db: Db): QuestionnaireChoice[] {
	const bundled = BUNDLED.map(choiceOf).filter(isActive);
	const known = new Set(bundled.map((choice) => choice.url));
	const newest = new Map<string, Choice>();
	// Oldest change first, so the newest version of each url decides (a retired one is left out).
	for (const { resource } of findResources(db, { type: 'Questionnaire' })) {
		const choice = choiceOf(resource);
		if (choice && !known.has(choice.url)) newest.set(choice.url, choice);
	}
	const stored = [...newest.values()].filter(isActive);
	return [...bundled.sort(byTitle), ...stored.sort(byTitle)].map(({ url, title }) => ({
		url,
		title
	}));
}
