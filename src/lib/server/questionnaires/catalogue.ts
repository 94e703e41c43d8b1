/**
 * The questionnaires the service knows: the free instruments bundled with Tend
 * (src/content/questionnaires) and the definitions of licensed ones that staff uploaded,
 * stored as shared FHIR Questionnaire resources (patient null) so devices pull them.
 * A response is read against the exact `url|version` it answers, whatever its status now.
 */
import { readQuestionnaire } from '$lib/proms/definition';
import { INSTRUMENTS, instrumentFor } from '$lib/proms/scoring/registry';
import type { Instrument, InstrumentId } from '$lib/proms/scoring/types';
import type { QuestionnaireDefinition } from '$lib/proms/types';
import { findResources, type StoredResource } from '../fhir/resource-repo';
import type { Db } from '../store/open-store';

const files = import.meta.glob<Record<string, unknown>>('../../../content/questionnaires/*.json', {
	eager: true,
	import: 'default'
});

/** A free instrument shipped with Tend. */
export interface BundledQuestionnaire {
	instrument: InstrumentId;
	definition: QuestionnaireDefinition;
	/** The licence notice in the definition's `copyright`, shown as written. */
	copyright: string;
}

function readBundled(): BundledQuestionnaire[] {
	return Object.entries(files)
		.map(([file, json]) => {
			const result = readQuestionnaire(json);
			// The bundled files are checked by their own tests; one that fails must stop the service.
			if (!result.ok) throw new Error(`${file} is not a usable questionnaire`);
			const instrument = instrumentFor(result.definition.url);
			if (!instrument || instrument.licensed) throw new Error(`${file} is not a free instrument`);
			const copyright = typeof json.copyright === 'string' ? json.copyright : '';
			return { instrument: instrument.id, definition: result.definition, copyright };
		})
		.sort((a, b) => order(a.instrument) - order(b.instrument));
}

const order = (id: InstrumentId) => INSTRUMENTS.findIndex((instrument) => instrument.id === id);

/** The free instruments Tend ships, in the registry's order. */
export const BUNDLED: readonly BundledQuestionnaire[] = readBundled();

/** Licensed instruments: scored by Tend, defined only by a service that holds a licence. */
export const LICENSED: readonly Instrument[] = INSTRUMENTS.filter((each) => each.licensed);

/** The licensed instrument with this id, or undefined. */
export function licensedInstrument(id: string): Instrument | undefined {
	return LICENSED.find((instrument) => instrument.id === id);
}

/** A definition staff uploaded, as stored. */
export interface StoredDefinition {
	stored: StoredResource;
	definition: QuestionnaireDefinition;
	isActive: boolean;
}

/** Every uploaded definition of `url` (any version and status), least recently changed first. */
export function storedDefinitions(db: Db, url: string): StoredDefinition[] {
	return findResources(db, { type: 'Questionnaire' })
		.filter((stored) => stored.patientId === null && stored.resource.url === url)
		.flatMap((stored) => {
			const result = readQuestionnaire(stored.resource);
			if (!result.ok) return [];
			return [
				{ stored, definition: result.definition, isActive: stored.resource.status === 'active' }
			];
		});
}

/** The uploaded definition devices are offered for `url` (active), or null. */
export function activeDefinition(db: Db, url: string): StoredDefinition | null {
	return storedDefinitions(db, url).findLast((each) => each.isActive) ?? null;
}

/**
 * The definition of exactly `url|version`: bundled, or uploaded (even if since retired,
 * so earlier responses can still be read). Null when the service does not hold it.
 */
export function findDefinition(
	db: Db,
	url: string,
	version: string
): QuestionnaireDefinition | null {
	const bundled = BUNDLED.find(
		(each) => each.definition.url === url && each.definition.version === version
	);
	if (bundled) return bundled.definition;
	return (
		storedDefinitions(db, url).find((each) => each.definition.version === version)?.definition ??
		null
	);
}

/** The questionnaire's title as its definition gives it (instrument text, not translated). */
export function titleOf(definition: QuestionnaireDefinition): string {
	return definition.title?.text ?? definition.url.split('/').at(-1) ?? definition.url;
}

/** findDefinition for many responses at once, each `url|version` looked up once. */
export function definitionLookup(
	db: Db
): (url: string, version: string) => QuestionnaireDefinition | null {
	const found = new Map<string, QuestionnaireDefinition | null>();
	return (url, version) => {
		const key = `${url}|${version}`;
		if (!found.has(key)) found.set(key, findDefinition(db, url, version));
		return found.get(key) ?? null;
	};
}
