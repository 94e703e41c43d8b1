import { afterEach, describe, expect, it, vi } from 'vitest';
import { openTempStore } from '../patients/testing';
import { MAX_CACHED, statement } from './statements';

const stores: Array<{ cleanup: () => void }> = [];
afterEach(() => stores.splice(0).forEach((store) => store.cleanup()));

function open() {
	const store = openTempStore();
	stores.push(store);
	return store.db;
}

describe('statement', () => {
	it('prepares each SQL text once per database and reuses it', () => {
		const db = open();
		const prepare = vi.spyOn(db, 'prepare');
		const first = statement<[number], { n: number }>(db, 'SELECT ? AS n');
		const again = statement<[number], { n: number }>(db, 'SELECT ? AS n');
		expect(again).toBe(first);
		expect(again.get(7)).toEqual({ n: 7 });
		expect(prepare).toHaveBeenCalledOnce();
	});

	it('keeps statements apart for different databases', () => {
		const one = open();
		const two = open();
		expect(statement(one, 'SELECT 1')).not.toBe(statement(two, 'SELECT 1'));
		expect(statement(two, 'SELECT 1 AS x').get()).toEqual({ x: 1 });
	});

	it('still answers past the cache limit, without keeping more', () => {
		const db = open();
		for (let n = 0; n < MAX_CACHED; n++) statement(db, `SELECT ${n} AS n`);
		const prepare = vi.spyOn(db, 'prepare');
		const extra = 'SELECT -1 AS n';
		expect(statement(db, extra).get()).toEqual({ n: -1 });
		expect(statement(db, extra)).not.toBe(statement(db, extra));
		expect(prepare).toHaveBeenCalledTimes(3);
	});

	it('works across a schema change made after preparing', () => {
		const db = open();
		db.exec('CREATE TABLE t (a INTEGER)');
		const insert = statement<[number]>(db, 'INSERT INTO t (a) VALUES (?)');
		insert.run(1);
		db.exec('ALTER TABLE t ADD COLUMN b TEXT');
		statement<[number]>(db, 'INSERT INTO t (a) VALUES (?)').run(2);
		expect(statement(db, 'SELECT COUNT(*) AS n FROM t').get()).toEqual({ n: 2 });
	});
});
