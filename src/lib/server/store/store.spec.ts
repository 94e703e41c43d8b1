import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeStore, getStore, initStore } from './store';

let dir: string;

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'tend-singleton-'));
});

afterEach(() => {
	closeStore();
	rmSync(dir, { recursive: true, force: true });
});

describe('store singleton', () => {
	it('opens once and hands out the same connection', () => {
		const db = initStore(dir);
		expect(initStore(dir)).toBe(db);
		expect(getStore()).toBe(db);
	});

	it('closes on request, and opens again afterwards', () => {
		const db = initStore(dir);
		closeStore();
		expect(db.open).toBe(false);
		const again = initStore(dir);
		expect(again).not.toBe(db);
		expect(again.open).toBe(true);
	});
});
