import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from './index';

describe('MIGRATIONS', () => {
	it('are numbered 1, 2, 3 … with no gaps or repeats, oldest first', () => {
		expect(MIGRATIONS.map((migration) => migration.id)).toEqual(
			MIGRATIONS.map((_, index) => index + 1)
		);
	});

	it('each have a name and some SQL', () => {
		for (const migration of MIGRATIONS) {
			expect(migration.name).toMatch(/^[a-z0-9-]+$/);
			expect(migration.up.trim().length).toBeGreaterThan(0);
		}
	});
});
