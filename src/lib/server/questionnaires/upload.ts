/**
 * Uploading the definition of a licensed instrument (a FHIR Questionnaire JSON file). It is
 * stored only when the service holds a licence for the instrument, the file reads cleanly
 * (readQuestionnaire: every problem listed with its linkId), it uses Tend's canonical url
 * for that instrument (D-026) and it fits Tend's scoring. Stored as a shared Questionnaire
 * (status active) that devices pull; the version it replaces is retired. A `url|version`
 * once stored never changes meaning: uploading other content under it is refused (D-030).
 */
import { isDeepStrictEqual } from 'node:util';
import { readQuestionnaire } from '$lib/proms/definition';
import type { Instrument } from '$lib/proms/scoring/types';
import type { DefinitionProblem, QuestionnaireDefinition } from '$lib/proms/types';
import { definitionFieldId } from '$lib/staff/questionnaire-fields';
import { recordAudit } from '../audit/audit';
import { insertResource, updateResource, type StoredResource } from '../fhir/resource-repo';
import { fieldError, formText, type FieldError } from '../staff/form-fields';
import type { Db } from '../store/open-store';
import { licensedInstrument, storedDefinitions } from './catalogue';
import { scoringProblems } from './definition-fit';
import { currentLicence } from './licences';

/** Larger files are refused before they are read (a real definition is far smaller). */
export const MAX_DEFINITION_BYTES = 256 * 1024;

export type UploadResult =
	| { ok: true; instrument: string; version: string; status: 'stored' | 'unchanged' }
	| {
			ok: false;
			status: 400 | 404 | 409;
			instrument: string;
			errors: FieldError[];
			/** The definition's own problems, each with its linkId and an i18n key. */
			problems: readonly DefinitionProblem[];
	  };

type Checked =
	| { ok: true; json: Record<string, unknown>; definition: QuestionnaireDefinition }
	| {
			ok: false;
			message: string;
			values?: Record<string, string | number>;
			problems?: readonly DefinitionProblem[];
	  };

/** Reads and checks an uploaded file's text as a definition of `instrument`. */
export function checkDefinition(instrument: Instrument, text: string): Checked {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return { ok: false, message: 'staff:definitions.upload.not_json' };
	}
	const result = readQuestionnaire(json);
	if (!result.ok) {
		const { problems } = result;
		const count = problems.length;
		return { ok: false, message: 'staff:definitions.upload.problems', values: { count }, problems };
	}
	if (result.definition.url !== instrument.url) {
		return {
			ok: false,
			message: 'staff:definitions.upload.wrong_url',
			values: { url: instrument.url }
		};
	}
	const problems = scoringProblems(instrument.id, result.definition);
	if (problems.length > 0) {
		const count = problems.length;
		return { ok: false, message: 'staff:definitions.upload.problems', values: { count }, problems };
	}
	return { ok: true, json: json as Record<string, unknown>, definition: result.definition };
}

async function fileText(data: FormData, name: string): Promise<string | 'missing' | 'too-large'> {
	const file = data.get(name);
	if (!(file instanceof File) || file.size === 0) return 'missing';
	if (file.size > MAX_DEFINITION_BYTES) return 'too-large';
	return file.text();
}

/** Checks and stores the definition the upload form sends, audited; or says why not. */
export async function uploadDefinitionFromForm(
	db: Db,
	data: FormData,
	options: { staffId: string; now: Date }
): Promise<UploadResult> {
	const instrument = licensedInstrument(formText(data, 'instrument'));
	if (!instrument) {
		return { ok: false, status: 404, instrument: '', errors: [], problems: [] };
	}
	const id = definitionFieldId(instrument.id);
	const refuse = (
		message: string,
		values?: Record<string, string | number>,
		problems: readonly DefinitionProblem[] = [],
		status: 400 | 409 = 400
	): UploadResult => ({
		ok: false,
		status,
		instrument: instrument.id,
		errors: [fieldError(id, message, values)],
		problems
	});
	if (!currentLicence(db, instrument.id)) return refuse('staff:definitions.upload.no_licence');
	const text = await fileText(data, 'definition');
	if (text === 'missing') return refuse('staff:definitions.upload.missing');
	if (text === 'too-large') {
		return refuse('staff:definitions.upload.too_large', { max: MAX_DEFINITION_BYTES / 1024 });
	}
	const checked = checkDefinition(instrument, text);
	if (!checked.ok) return refuse(checked.message, checked.values, checked.problems);
	const stored = storeDefinition(db, instrument, checked, options);
	if (stored === 'version-taken') {
		const version = checked.definition.version;
		return refuse('staff:definitions.upload.version_taken', { version }, [], 409);
	}
	return {
		ok: true,
		instrument: instrument.id,
		version: checked.definition.version,
		status: stored
	};
}

function setStatus(db: Db, stored: StoredResource, status: 'active' | 'retired', now: Date) {
	const resource = { ...stored.resource, status };
	updateResource(db, { type: 'Questionnaire', id: stored.id, resource, now });
}

/** Retires every active uploaded definition of `url` but `keep`; returns the versions retired. */
export function retireDefinitions(db: Db, url: string, now: Date, keep?: string): string[] {
	const active = storedDefinitions(db, url).filter(
		(each) => each.isActive && each.stored.id !== keep
	);
	for (const each of active) setStatus(db, each.stored, 'retired', now);
	return active.map((each) => each.definition.version);
}

function storeDefinition(
	db: Db,
	instrument: Instrument,
	checked: { json: Record<string, unknown>; definition: QuestionnaireDefinition },
	{ staffId, now }: { staffId: string; now: Date }
): 'stored' | 'unchanged' | 'version-taken' {
	return db
		.transaction(() => {
			const { version } = checked.definition;
			const same = storedDefinitions(db, instrument.url).find(
				(each) => each.definition.version === version
			);
			if (same && !isDeepStrictEqual(same.definition, checked.definition)) {
				return 'version-taken' as const;
			}
			let target = same?.stored;
			if (!target) {
				const { id: _theirId, ...resource } = checked.json;
				const body = { ...resource, resourceType: 'Questionnaire', status: 'active' };
				target = insertResource(db, { resource: body, patientId: null, now });
			} else if (!same?.isActive) {
				setStatus(db, target, 'active', now);
			}
			const retired = retireDefinitions(db, instrument.url, now, target.id);
			if (same?.isActive && retired.length === 0) return 'unchanged' as const;
			recordAudit(db, {
				at: now,
				actor: { type: 'staff', id: staffId },
				action: 'questionnaire.definition.upload',
				resourceType: 'Questionnaire',
				resourceId: target.id,
				detail: { instrument: instrument.id, version, retired }
			});
			return 'stored' as const;
		})
		.immediate();
}
