// Reads one enableWhen condition of a FHIR R4 Questionnaire item; whether its question exists
// and takes that kind of answer is checked once the whole tree is read (definition-links.ts).
import { CodingSchema } from './schema';
import { checkKeys, ENABLE_WHEN_KEYS } from './subset';
import {
	ENABLE_OPERATORS,
	type Answer,
	type DefinitionProblem,
	type EnableCondition,
	type EnableOperator
} from './types';

const isOperator = (value: string): value is EnableOperator =>
	(ENABLE_OPERATORS as readonly string[]).includes(value);

/** The condition, or nothing with a problem reported. */
export function readCondition(
	raw: { question: string; operator: string; [key: string]: unknown },
	problems: DefinitionProblem[],
	linkId: string
): EnableCondition[] {
	const problem = (key: string) =>
		problems.push({
			linkId,
			key,
			values: { question: raw.question }
		});
	const answerKeys = Object.keys(raw).filter((key) => key.startsWith('answer'));
	const unsupported = answerKeys.filter((key) => !ENABLE_WHEN_KEYS.has(key));
	if (unsupported.length > 0) {
		problem('proms:definition.problem.enable_when_answer_type');
		return [];
	}
	checkKeys(raw, ENABLE_WHEN_KEYS, problems, linkId);
	const [key] = answerKeys;
	const answer = key && answerKeys.length === 1 ? toAnswer(key, raw[key]) : undefined;
	if (!answer) {
		problem('proms:definition.problem.enable_when_answer_invalid');
		return [];
	}
	// FHIR que-7: `exists` takes a boolean answer.
	if (!isOperator(raw.operator) || (raw.operator === 'exists' && answer.kind !== 'boolean')) {
		problem('proms:definition.problem.enable_when_operator');
		return [];
	}
	return [{ question: raw.question, operator: raw.operator, answer }];
}

function toAnswer(key: string, value: unknown): Answer | undefined {
	switch (key) {
		case 'answerBoolean':
			return typeof value === 'boolean' ? { kind: 'boolean', value } : undefined;
		case 'answerInteger':
			return Number.isInteger(value) ? { kind: 'integer', value: value as number } : undefined;
		case 'answerDecimal':
			return typeof value === 'number' && Number.isFinite(value)
				? { kind: 'decimal', value }
				: undefined;
		case 'answerDate':
			return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
				? { kind: 'date', value }
				: undefined;
		case 'answerString':
			return typeof value === 'string' ? { kind: 'string', value } : undefined;
		case 'answerCoding': {
			const coding = CodingSchema.safeParse(value);
			if (!coding.success || !coding.data.code) return undefined;
			const { system, code } = coding.data;
			return { kind: 'coding', code, ...(system ? { system } : {}) };
		}
		default:
			return undefined;
	}
}
