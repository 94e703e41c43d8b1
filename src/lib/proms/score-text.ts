// A score as words, for lists and results: "12", "6.33", the EQ-5D-5L profile "21143".
import type { Score } from './scoring/types';

/** The score's value in the person's number format, its code, or null when not scored. */
export function formatScoreValue(score: Score, locale: string): string | null {
	if (score.code) return score.code;
	if (score.value === null) return null;
	return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(score.value);
}
