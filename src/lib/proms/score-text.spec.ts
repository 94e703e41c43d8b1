import { describe, expect, it } from 'vitest';
import { formatScoreValue } from './score-text';
import type { Score } from './scoring/types';

const score = (value: number | null, code?: string): Score => ({
	id: 'total',
	value,
	...(code ? { code } : {}),
	band: null,
	loinc: null,
	missing: []
});

describe('formatScoreValue', () => {
	it('writes numbers as the person reads them, and a profile as its code', () => {
		expect(formatScoreValue(score(12), 'en-GB')).toBe('12');
		expect(formatScoreValue(score(6.33), 'pl')).toBe('6,33');
		expect(formatScoreValue(score(null, '21143'), 'en-GB')).toBe('21143');
		expect(formatScoreValue(score(null), 'en-GB')).toBeNull();
	});
});
