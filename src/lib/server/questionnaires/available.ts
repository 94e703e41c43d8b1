/**
 * Which questionnaires staff can assign, and why a licensed one cannot be: a licensed
 * instrument is assignable only while the service holds a licence for it AND has uploaded
 * its definition (H-016). Bundled free instruments always are.
 */
import type { InstrumentId } from '$lib/proms/scoring/types';
import type { Db } from '../store/open-store';
import { activeDefinition, BUNDLED, LICENSED, titleOf } from './catalogue';
import { currentLicence } from './licences';

export interface AssignableQuestionnaire {
	instrument: InstrumentId;
	url: string;
	version: string;
	/** The definition's own title. */
	title: string;
	source: 'bundled' | 'service';
}

export interface UnavailableQuestionnaire {
	instrument: InstrumentId;
	reason: 'no-licence' | 'no-definition';
}

/** What can be assigned now, and the licensed instruments that cannot yet. */
export function assignableQuestionnaires(db: Db): {
	available: AssignableQuestionnaire[];
	unavailable: UnavailableQuestionnaire[];
} {
	const available: AssignableQuestionnaire[] = BUNDLED.map(({ instrument, definition }) => ({
		instrument,
		url: definition.url,
		version: definition.version,
		title: titleOf(definition),
		source: 'bundled'
	}));
	const unavailable: UnavailableQuestionnaire[] = [];
	for (const instrument of LICENSED) {
		if (!currentLicence(db, instrument.id)) {
			unavailable.push({ instrument: instrument.id, reason: 'no-licence' });
			continue;
		}
		const active = activeDefinition(db, instrument.url);
		if (!active) {
			unavailable.push({ instrument: instrument.id, reason: 'no-definition' });
			continue;
		}
		const { url, version } = active.definition;
		const title = titleOf(active.definition);
		available.push({ instrument: instrument.id, url, version, title, source: 'service' });
	}
	return { available, unavailable };
}
