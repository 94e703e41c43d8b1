/**
 * The only place that maps questionnaire responses and scores to FHIR R4: a completed
 * response → QuestionnaireResponse (items nested as the definition nests them, hidden
 * questions left out), and a score → Observation derived from it.
 * See: https://hl7.org/fhir/R4/questionnaireresponse.html and
 * https://hl7.org/fhir/R4/observation.html
 */
import { IDENTIFIER_SYSTEM, identifierValue } from '$lib/sync/bundle';
import type { FhirResource, RecordLink } from '$lib/sync/types';
import type { CompletedResponse } from './draft';
import { enabledAnswers } from './engine';
import { textIn } from './subset';
import type { Answer, Answers, Item, QuestionnaireDefinition } from './types';

/** The tag that marks a response needing attention from the service (PHQ-9 item 9). */
export const FLAG_SYSTEM = 'urn:tend:flag';
export const FLAGS = ['safety-netting'] as const;
export type ResponseFlag = (typeof FLAGS)[number];

const SURVEY_CATEGORY = {
	system: 'http://terminology.hl7.org/CodeSystem/observation-category',
	code: 'survey',
	display: 'Survey'
} as const;

/** The QuestionnaireResponse sent for a completed response; a carer's device leaves the author out. */
export function responseToFhir(
	response: CompletedResponse,
	definition: QuestionnaireDefinition,
	link: RecordLink,
	flags: readonly ResponseFlag[] = []
): FhirResource {
	const { url, version } = response.questionnaire;
	// Reading answers against another version could put them under the wrong questions.
	if (url !== definition.url || version !== definition.version) {
		throw new Error(
			`This response answers ${url}|${version}, not ${definition.url}|${definition.version}`
		);
	}
	const patient = { reference: `Patient/${link.patientId}` };
	const answers = enabledAnswers(definition, response.answers);
	return {
		resourceType: 'QuestionnaireResponse',
		...(flags.length > 0
			? { meta: { tag: flags.map((code) => ({ system: FLAG_SYSTEM, code })) } }
			: {}),
		language: response.language,
		identifier: { system: IDENTIFIER_SYSTEM, value: identifierValue(response.id) },
		questionnaire: `${url}|${version}`,
		status: 'completed',
		subject: patient,
		authored: response.authored,
		...(link.role === 'patient' ? { author: patient } : {}),
		item: responseItems(definition.items, answers, response.language)
	};
}

function responseItems(items: readonly Item[], answers: Answers, language: string): object[] {
	return items.flatMap((item): object[] => {
		const text = item.text ? { text: textIn(item.text, language) } : {};
		if (item.type === 'display') return [];
		if (item.type === 'group') {
			const children = responseItems(item.items, answers, language);
			return children.length > 0 ? [{ linkId: item.linkId, ...text, item: children }] : [];
		}
		const given = answers[item.linkId] ?? [];
		if (given.length === 0) return [];
		const options = item.type === 'choice' ? item.options : [];
		return [
			{ linkId: item.linkId, ...text, answer: given.map((answer) => answerValue(answer, options)) }
		];
	});
}

function answerValue(
	answer: Answer,
	options: ReadonlyArray<{ code: string; system?: string; display?: { text: string } }>
): object {
	switch (answer.kind) {
		case 'coding': {
			const option = options.find((candidate) => candidate.code === answer.code);
			const system = answer.system ?? option?.system;
			return {
				valueCoding: {
					...(system ? { system } : {}),
					code: answer.code,
					...(option?.display ? { display: option.display.text } : {})
				}
			};
		}
		case 'boolean':
			return { valueBoolean: answer.value };
		case 'integer':
			return { valueInteger: answer.value };
		case 'decimal':
			return { valueDecimal: answer.value };
		case 'date':
			return { valueDate: answer.value };
		case 'string':
			return { valueString: answer.value };
	}
}

export interface ScoreInput {
	/** Client UUID of the score, the Observation's identifier. */
	id: string;
	code: { system: string; code: string; display: string };
	/** A number, or a coded score such as the EQ-5D-5L profile "21143". */
	value: number | string;
	/** UCUM unit, e.g. "{score}". */
	unit?: string;
	response: CompletedResponse;
}

/**
 * An Observation of one score, derived from its response (referred to by identifier, as
 * the two may travel in different Bundles), effective when the answers were given.
 */
export function scoreToObservation(score: ScoreInput, link: RecordLink): FhirResource {
	const patient = { reference: `Patient/${link.patientId}` };
	const { unit } = score;
	return {
		resourceType: 'Observation',
		identifier: [{ system: IDENTIFIER_SYSTEM, value: identifierValue(score.id) }],
		status: 'final',
		category: [{ coding: [SURVEY_CATEGORY] }],
		code: { coding: [score.code], text: score.code.display },
		subject: patient,
		effectiveDateTime: score.response.authored,
		...(link.role === 'patient' ? { performer: [patient] } : {}),
		...(typeof score.value === 'string'
			? { valueString: score.value }
			: {
					valueQuantity: {
						value: score.value,
						...(unit ? { unit, system: 'http://unitsofmeasure.org', code: unit } : {})
					}
				}),
		derivedFrom: [
			{
				type: 'QuestionnaireResponse',
				identifier: { system: IDENTIFIER_SYSTEM, value: identifierValue(score.response.id) }
			}
		]
	};
}

/** LOINC codes of the public totals (DOMAIN §5). */
export const SCORE_CODES = {
	phq9Total: {
		system: 'http://loinc.org',
		code: '44261-6',
		display: 'Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]'
	},
	gad7Total: {
		system: 'http://loinc.org',
		code: '70274-6',
		display: 'Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]'
	},
	pegMean: { system: 'http://loinc.org', code: '91147-9', display: 'Mean score [PEG]' },
	painNrs: {
		system: 'http://loinc.org',
		code: '72514-3',
		display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported'
	}
} as const;

/** Tend's own codes for scores with no public LOINC code (BPI, PSEQ, CollaboRATE, EQ VAS). */
export const SCORE_SYSTEM = 'https://fhir.tend.example/CodeSystem/score';

/** The code of one instrument's score: LOINC where public (DOMAIN §5), else Tend's own. */
export function scoreCoding(
	instrument: string,
	scoreId: string,
	loinc: string | null
): { system: string; code: string; display: string } {
	const known = Object.values(SCORE_CODES).find((coding) => coding.code === loinc);
	if (known) return { ...known };
	return {
		system: SCORE_SYSTEM,
		code: `${instrument}-${scoreId}`,
		display: `${instrument} ${scoreId}`
	};
}
