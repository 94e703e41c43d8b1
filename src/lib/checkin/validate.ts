import { PAIN_SCORE_MAX, PAIN_SCORE_MIN } from './types';

/** A whole number from 0 to 10. */
export function isPainScore(value: unknown): value is number {
	return (
		Number.isInteger(value) &&
		(value as number) >= PAIN_SCORE_MIN &&
		(value as number) <= PAIN_SCORE_MAX
	);
}
