// A QuestionnaireResponse Tend sent, read back into answers by linkId (for the staff
// console and to prove the mapping loses nothing). The inverse of responseToFhir.
import { IDENTIFIER_SYSTEM } from '$lib/sync/bundle';
import { FLAG_SYSTEM, FLAGS, type ResponseFlag } from './fhir';
import type { Answer } from './types';

interface RawResponseItem {
	linkId?: unknown;
	answer?: Array<Record<string, unknown>>;
	item?: RawResponseItem[];
}

export interface ReadResponse {
	id: string;
	questionnaire: { url: string; version: string };
	authored: string;
	language: string;
	answers: Record<string, Answer[]>;
	flags: ResponseFlag[];
}

/** The response, or null for anything that is not a completed response with Tend's identifier. */
export function responseFromFhir(resource: Record<string, unknown>): ReadResponse | null {
	const identifier = resource.identifier as { system?: unknown; value?: unknown } | undefined;
	const value = typeof identifier?.value === 'string' ? identifier.value : '';
	const canonical = typeof resource.questionnaire === 'string' ? resource.questionnaire : '';
	const [url = '', version = ''] = canonical.split('|');
	const { authored, language, status } = resource;
	if (
		resource.resourceType !== 'QuestionnaireResponse' ||
		status !== 'completed' ||
		identifier?.system !== IDENTIFIER_SYSTEM ||
		!value.startsWith('urn:uuid:') ||
		!url ||
		!version ||
		typeof authored !== 'string' ||
		typeof language !== 'string'
	) {
		return null;
	}
	const answers: Record<string, Answer[]> = {};
	const walk = (items: readonly RawResponseItem[]) => {
		for (const item of items) {
			if (typeof item.linkId === 'string' && item.answer) {
				answers[item.linkId] = item.answer.flatMap(toAnswer);
			}
			walk(item.item ?? []);
		}
	};
	walk((resource.item as RawResponseItem[] | undefined) ?? []);
	const tags = (
		(resource.meta as { tag?: Array<{ system?: string; code?: string }> } | undefined)?.tag ?? []
	)
		.filter((tag) => tag.system === FLAG_SYSTEM)
		.map((tag) => tag.code)
		.filter((code): code is ResponseFlag =>
			(FLAGS as readonly (string | undefined)[]).includes(code)
		);
	return {
		id: value.slice('urn:uuid:'.length),
		questionnaire: { url, version },
		authored,
		language,
		answers,
		flags: tags
	};
}

function toAnswer(raw: Record<string, unknown>): Answer[] {
	const coding = raw.valueCoding as { system?: string; code?: string } | undefined;
	if (coding?.code)
		return [
			{ kind: 'coding', code: coding.code, ...(coding.system ? { system: coding.system } : {}) }
		];
	if (typeof raw.valueBoolean === 'boolean') return [{ kind: 'boolean', value: raw.valueBoolean }];
	if (typeof raw.valueInteger === 'number') return [{ kind: 'integer', value: raw.valueInteger }];
	if (typeof raw.valueDecimal === 'number') return [{ kind: 'decimal', value: raw.valueDecimal }];
	if (typeof raw.valueDate === 'string') return [{ kind: 'date', value: raw.valueDate }];
	if (typeof raw.valueString === 'string') return [{ kind: 'string', value: raw.valueString }];
	return [];
}
