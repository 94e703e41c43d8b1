/**
 * The service's SQLite schema, as an ordered list of migrations: one file per migration in
 * this folder, `NNN-name.ts`, exporting `migration`. Each is applied once, in its own
 * transaction, and recorded in `schema_migrations`. Never edit a migration that has
 * shipped: add a new file with the next id.
 *
 * Times are stored as ISO 8601 UTC strings (`Date#toISOString()`), which sort and compare
 * correctly as text.
 */
import type { Migration } from './types';

export type { Migration } from './types';

const files = import.meta.glob<Migration>('./[0-9][0-9][0-9]-*.ts', {
	eager: true,
	import: 'migration'
});

export const MIGRATIONS: readonly Migration[] = Object.values(files).sort((a, b) => a.id - b.id);
