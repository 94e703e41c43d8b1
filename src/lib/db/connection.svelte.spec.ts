import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ConnectionState } from './connection.svelte';
import { STORAGE_MESSAGES } from './messages';

describe('ConnectionState', () => {
	it('has nothing to say while opening or open', () => {
		const state = new ConnectionState();
		expect(state.messageKey).toBeNull();
		state.opened();
		expect(state.messageKey).toBeNull();
	});

	it('moves through blocked to open', () => {
		const state = new ConnectionState();
		state.blocked();
		expect([state.status, state.messageKey]).toEqual(['blocked', STORAGE_MESSAGES.blocked]);
		state.opened();
		expect([state.status, state.messageKey]).toEqual(['open', null]);
	});

	it('explains a failure in words, with a general reason for unknown errors', () => {
		const state = new ConnectionState();
		state.failed(new Dexie.QuotaExceededError('full'));
		expect(state.messageKey).toBe(STORAGE_MESSAGES.quotaExceeded);
		state.failed(new Error('strange'));
		expect(state.errorKey).toBe(STORAGE_MESSAGES.openFailed);
		state.reset();
		expect([state.status, state.errorKey]).toEqual(['opening', null]);
	});
});
