import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { phq9, PHQ9_ITEMS } from '../../../src/lib/proms/scoring/phq9';
import type { StoredResponse } from '../../../src/lib/proms/stored-response';

interface RawOption {
	valueCoding: { system: string; code: string };
	extension: Array<{ url: string; valueDecimal: number }>;
}

const phq9Json = JSON.parse(
	readFileSync(resolve('src/content/questionnaires/phq-9.json'), 'utf8')
) as {
	url: string;
	version: string;
	item: Array<{ item: Array<{ linkId: string; answerOption: RawOption[] }> }>;
};

/** The coding of the PHQ-9 answer worth `value` (0–3) to question `linkId`. */
function phq9Answer(linkId: string, value: number) {
	const item = phq9Json.item[0]?.item.find((question) => question.linkId === linkId);
	const option = item?.answerOption.find((o) => o.extension[0]?.valueDecimal === value);
	if (!option) throw new Error(`No answer worth ${value} to ${linkId}`);
	return { kind: 'coding' as const, ...option.valueCoding };
}

/**
 * A completed PHQ-9 as the app stores it, answered on `authored` with item values that add
 * up to `total` (item 9 always "Not at all"); `total: null` stores one whose total could not
 * be scored (an item missing), as a gap in a trend.
 */
export function completedPhq9(id: string, authored: string, total: number | null): StoredResponse {
	const values = PHQ9_ITEMS.map((_, i) =>
		i === 8 ? 0 : Math.min(3, Math.max(0, (total ?? 8) - 3 * i))
	);
	if (total === null) values[3] = -1;
	const answers = Object.fromEntries(
		PHQ9_ITEMS.flatMap((linkId, i) =>
			(values[i] ?? -1) < 0 ? [] : [[linkId, [phq9Answer(linkId, values[i] ?? 0)]]]
		)
	);
	const scores = phq9.score(Object.fromEntries(PHQ9_ITEMS.map((linkId, i) => [linkId, values[i]])));
	return {
		id,
		questionnaire: { url: phq9Json.url, version: phq9Json.version },
		status: 'completed',
		authored,
		language: 'en-GB',
		answers,
		startedAt: authored,
		updatedAt: authored,
		scores,
		flags: [],
		occasion: null,
		scoreIds: {}
	};
}
