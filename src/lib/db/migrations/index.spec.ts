import { describe, expect, it } from 'vitest';
import { assertMigrationOrder } from '../app-db';
import { migrations } from './index';

describe('migrations', () => {
	it('start at version 1 and rise one step at a time', () => {
		expect(migrations.map((migration) => migration.version)).toEqual(
			migrations.map((_, index) => index + 1)
		);
		expect(() => assertMigrationOrder(migrations)).not.toThrow();
	});

	it.each([
		{ name: 'empty', versions: [] },
		{ name: 'not rising', versions: [1, 1] },
		{ name: 'going back', versions: [2, 1] },
		{ name: 'not whole', versions: [1, 1.5] },
		{ name: 'zero', versions: [0] }
	])('are refused when $name', ({ versions }) => {
		const list = versions.map((version) => ({ version, stores: {} }));
		expect(() => assertMigrationOrder(list)).toThrow();
	});
});
