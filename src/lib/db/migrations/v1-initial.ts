import type { Migration } from './types';

/** Version 1: a key-value `meta` table for small facts about this device's copy of Tend. */
export const v1Initial: Migration = {
	version: 1,
	stores: {
		meta: '&key'
	}
};
