import { describe, expect, it } from 'vitest';
import { INSTRUMENTS, instrumentFor } from './registry';

describe('scoring registry', () => {
	it('finds each instrument by its url, with or without a version', () => {
		for (const instrument of INSTRUMENTS) {
			expect(instrumentFor(instrument.url)).toBe(instrument);
			expect(instrumentFor(`${instrument.url}|1.0.0`)).toBe(instrument);
		}
	});

	it('has no scoring for an unknown questionnaire', () => {
		expect(instrumentFor('https://example.org/Questionnaire/other')).toBeUndefined();
	});

	it('marks exactly BPI, EQ-5D-5L and PSEQ as licensed', () => {
		expect(INSTRUMENTS.filter((i) => i.licensed).map((i) => i.id)).toEqual([
			'bpi-sf',
			'eq-5d-5l',
			'pseq'
		]);
	});
});
