import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STORAGE_MESSAGES } from './messages';

function flatten(value: unknown, prefix = ''): string[] {
	if (typeof value !== 'object' || value === null) return [prefix];
	return Object.entries(value).flatMap(([key, child]) =>
		flatten(child, prefix ? `${prefix}.${key}` : key)
	);
}

describe('STORAGE_MESSAGES', () => {
	const strings: unknown = JSON.parse(readFileSync('locales/en-GB/storage.json', 'utf8'));

	it('names every key of the storage namespace, and only those', () => {
		const inFile = flatten(strings)
			.map((key) => `storage:${key}`)
			.sort();
		expect(Object.values(STORAGE_MESSAGES).sort()).toEqual(inFile);
	});
});
