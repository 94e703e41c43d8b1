import { describe, expect, it } from 'vitest';
import { parseLastUpdated, parseSearchParams } from './search-params';

describe('parseLastUpdated', () => {
	it.each([
		['gt2025-03-01T09:00:00Z', { comparator: 'gt', instant: '2025-03-01T09:00:00.000Z' }],
		['ge2025-03-01T10:00:00+01:00', { comparator: 'ge', instant: '2025-03-01T09:00:00.000Z' }],
		['lt2025-03-01T09:00:00.123Z', { comparator: 'lt', instant: '2025-03-01T09:00:00.123Z' }],
		['le2025-03-01T09:00:00Z', { comparator: 'le', instant: '2025-03-01T09:00:00.000Z' }],
		['gt2025-03-01', { comparator: 'ge', instant: '2025-03-02T00:00:00.000Z' }],
		['ge2025-03', { comparator: 'ge', instant: '2025-03-01T00:00:00.000Z' }],
		['lt2025', { comparator: 'lt', instant: '2025-01-01T00:00:00.000Z' }],
		['le2025-12', { comparator: 'lt', instant: '2026-01-01T00:00:00.000Z' }]
	])('%s', (raw, expected) => {
		expect(parseLastUpdated(raw)).toEqual(expected);
	});

	it.each([
		'2025-03-01T09:00:00Z',
		'eq2025-03-01',
		'gt2025-03-01T09:00:00',
		'gt2025-13-01',
		'gtyesterday',
		'ne2025',
		'gt'
	])('refuses %s', (raw) => {
		expect(parseLastUpdated(raw)).toBeNull();
	});
});

describe('parseSearchParams', () => {
	it('reads both parameters and reports what it applied, ignoring others', () => {
		const parsed = parseSearchParams(
			new URLSearchParams(
				'_lastUpdated=gt2025-03-01T09:00:00Z&_lastUpdated=lt2025-04-01&identifier=urn:ietf:rfc:3986|urn:uuid:1&_count=10'
			)
		);
		expect(parsed).toEqual({
			ok: true,
			query: {
				lastUpdated: [
					{ comparator: 'gt', instant: '2025-03-01T09:00:00.000Z' },
					{ comparator: 'lt', instant: '2025-04-01T00:00:00.000Z' }
				],
				identifier: { system: 'urn:ietf:rfc:3986', value: 'urn:uuid:1' }
			},
			applied: [
				['_lastUpdated', 'gt2025-03-01T09:00:00Z'],
				['_lastUpdated', 'lt2025-04-01'],
				['identifier', 'urn:ietf:rfc:3986|urn:uuid:1']
			]
		});
	});

	it('takes an identifier value without a system', () => {
		expect(parseSearchParams(new URLSearchParams('identifier=abc'))).toMatchObject({
			ok: true,
			query: { identifier: { system: null, value: 'abc' } }
		});
	});

	it.each(['_lastUpdated=soon', 'identifier=sys|', 'identifier=', 'identifier=a&identifier=b'])(
		'answers 400 for %s',
		(query) => {
			const parsed = parseSearchParams(new URLSearchParams(query));
			expect(parsed.ok).toBe(false);
			if (!parsed.ok) expect(parsed.result.status).toBe(400);
		}
	);
});
