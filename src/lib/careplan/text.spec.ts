import { describe, expect, it } from 'vitest';
import { joinParts } from './text';

describe('joinParts', () => {
	it('joins the parts that are there, in the way of the language', () => {
		expect(joinParts(['Sam Patel', '', null, 'Key worker'], 'en-GB')).toBe('Sam Patel, Key worker');
		expect(joinParts(['أ', 'ب'], 'ar')).not.toContain(',');
		expect(joinParts([], 'en-GB')).toBe('');
	});
});
