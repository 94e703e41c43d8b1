/**
 * Which questionnaires this device can offer: the free instruments bundled with the app,
 * and the definitions the service supplies (licensed ones, D-026), pulled as FHIR
 * Questionnaires. A supplied definition that is retired, or that Tend cannot ask
 * faithfully (D-025), is not offered. A bundled instrument's wording is the checked one,
 * so a supplied definition with the same url never replaces it.
 */
import type { AppDb } from '$lib/db/app-db';
import { pulledOfType } from '$lib/sync/pull-repo';
import { readQuestionnaire } from './definition';
import type { QuestionnaireDefinition } from './types';

export interface AvailableQuestionnaire {
	/** Last segment of the canonical url ('phq-9'), used in page addresses. */
	slug: string;
	definition: QuestionnaireDefinition;
	source: 'bundled' | 'service';
}

// The bundled definitions come with the code that reads them: together they are a few kB,
// less than the round trip a page that asks one would otherwise wait for once it runs (D-036).
const BUNDLED_DIR = '../../content/questionnaires/';
const BUNDLED = import.meta.glob<unknown>('../../content/questionnaires/*.json', {
	eager: true,
	import: 'default'
});

/** The last path segment of a canonical url, without any `|version`. */
export function slugOf(url: string): string {
	const path = url.split('|')[0] ?? url;
	return path.slice(path.lastIndexOf('/') + 1);
}

/** The bundled definitions, in a stable order (by file name). */
export async function bundledQuestionnaires(): Promise<AvailableQuestionnaire[]> {
	const files = Object.keys(BUNDLED).sort();
	const loaded = files.map((file) => BUNDLED[file]);
	return loaded.flatMap((json) => {
		const result = readQuestionnaire(json);
		// A bundled file that does not read is caught by its own test; never offer it.
		return result.ok
			? [{ slug: slugOf(result.definition.url), definition: result.definition, source: 'bundled' }]
			: [];
	});
}

/** Definitions supplied by the service, as pulled: active and readable ones only. */
export function suppliedQuestionnaires(
	resources: readonly Record<string, unknown>[]
): AvailableQuestionnaire[] {
	return resources.flatMap((resource) => {
		if (resource.status === 'retired') return [];
		const result = readQuestionnaire(resource);
		return result.ok
			? [{ slug: slugOf(result.definition.url), definition: result.definition, source: 'service' }]
			: [];
	});
}

/** Everything this device can offer: bundled first, then supplied ones with a new url. */
export async function availableQuestionnaires(db: AppDb): Promise<AvailableQuestionnaire[]> {
	const [bundled, pulled] = await Promise.all([
		bundledQuestionnaires(),
		pulledOfType(db, 'Questionnaire')
	]);
	const offered = [...bundled];
	for (const supplied of suppliedQuestionnaires(pulled)) {
		const taken = offered.some(
			(q) => q.definition.url === supplied.definition.url || q.slug === supplied.slug
		);
		if (!taken) offered.push(supplied);
	}
	return offered;
}

/**
 * The questionnaire offered under `slug`, or null. Reads only the bundled file of that
 * name, if there is one (each bundled file is named by its slug), so opening one
 * questionnaire does not check them all; the answer is the same as looking it up in
 * availableQuestionnaires.
 */
export async function findQuestionnaire(
	db: AppDb,
	slug: string
): Promise<AvailableQuestionnaire | null> {
	const bundled = BUNDLED[`${BUNDLED_DIR}${slug}.json`];
	if (bundled) {
		const result = readQuestionnaire(bundled);
		if (result.ok && slugOf(result.definition.url) === slug) {
			return { slug, definition: result.definition, source: 'bundled' };
		}
		return null;
	}
	const supplied = suppliedQuestionnaires(await pulledOfType(db, 'Questionnaire'));
	return supplied.find((q) => q.slug === slug) ?? null;
}
