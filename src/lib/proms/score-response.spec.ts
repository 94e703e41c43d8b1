import { describe, expect, it } from 'vitest';
import { responseFlags, scoreResponse } from './score-response';
import { definitionOf } from './test-support';
import type { ScoreResult } from './scoring/types';

describe('scoreResponse', () => {
	it('is null for a questionnaire Tend does not score', () => {
		const definition = definitionOf([{ linkId: 'a', type: 'integer', text: 'A' }]);
		expect(scoreResponse(definition, { a: [{ kind: 'integer', value: 3 }] })).toBeNull();
	});

	it('scores by the instrument registered for the url', () => {
		const definition = {
			...definitionOf([{ linkId: 'nrs-1', type: 'integer', text: 'Pain' }]),
			url: 'https://fhir.tend.example/Questionnaire/pain-nrs'
		};
		const result = scoreResponse(definition, { 'nrs-1': [{ kind: 'integer', value: 7 }] });
		expect(result?.instrument).toBe('pain-nrs');
	});
});

describe('responseFlags', () => {
	const result = (flags: ScoreResult['flags']): ScoreResult => ({
		instrument: 'phq-9',
		scores: [],
		flags
	});

	it('asks for safety netting when PHQ-9 item 9 is flagged, and only then', () => {
		expect(responseFlags(result(['phq9-item9']))).toEqual(['safety-netting']);
		expect(responseFlags(result(['gad7-assessment']))).toEqual([]);
		expect(responseFlags(result([]))).toEqual([]);
		expect(responseFlags(null)).toEqual([]);
	});
});
