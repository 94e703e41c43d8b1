import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupOf } from './chunk-groups.js';

const root = '/app';
const at = (/** @type {string} */ file) => resolve(root, file);

/** A small app: the kit entry, the root and patient layouts, and three pages. */
const graph = {
	'node_modules/@sveltejs/kit/src/runtime/client/entry.js': { imports: ['svelte.js'] },
	'.svelte-kit/generated/client-optimized/app.js': {
		imports: [],
		dynamic: ['nodes/0.js', 'nodes/2.js', 'nodes/5.js', 'nodes/16.js', 'nodes/17.js'],
		isEntry: true
	},
	'src/routes/+layout.svelte': { imports: ['svelte.js', 'i18n.js'], dynamic: ['storage.js'] },
	'src/routes/(patient)/+layout.svelte': { imports: ['i18n.js', 'header.js'] },
	'nodes/0.js': { imports: ['src/routes/+layout.svelte'], isEntry: true },
	'nodes/2.js': { imports: ['src/routes/(patient)/+layout.svelte'], isEntry: true },
	'nodes/5.js': { imports: ['home.svelte'], isEntry: true },
	'nodes/16.js': { imports: ['list.svelte'], isEntry: true },
	'nodes/17.js': { imports: ['fill.svelte'], isEntry: true },
	'home.svelte': { imports: ['src/lib/ui/Card.svelte'] },
	'list.svelte': { imports: ['src/lib/ui/Card.svelte', 'library.js'] },
	'fill.svelte': {
		imports: ['src/lib/ui/Radios.svelte', 'library.js', 'db.js', 'storage.js', 'header.js']
	},
	'storage.js': { imports: ['db.js'] },
	'library.js': { imports: ['definition.js'] },
	'definition.js': { imports: [] },
	'db.js': { imports: ['dexie.js'] },
	'dexie.js': { imports: [] },
	'src/lib/ui/Card.svelte': { imports: ['svelte.js'] },
	'src/lib/ui/Radios.svelte': { imports: ['svelte.js'] },
	'svelte.js': { imports: [] },
	'i18n.js': { imports: [] },
	'header.js': { imports: [] },
	'sync-engine.js': { imports: ['dexie.js'] }
};

/** @param {string} id */
function lookup(id) {
	const entry = Object.entries(graph).find(([file]) => at(file) === id)?.[1];
	if (!entry) return null;
	return {
		importedIds: entry.imports.map(at),
		dynamicallyImportedIds: /** @type {{ dynamic?: string[] }} */ (entry.dynamic ?? []).map(at),
		isEntry: /** @type {{ isEntry?: boolean }} */ (entry).isEntry === true
	};
}

const place = (/** @type {string} */ file) => groupOf(root)(at(file), lookup);

describe('groupOf', () => {
	it('puts what the root layout needs in core, and what only the patient layout adds in patient', () => {
		expect([place('svelte.js'), place('i18n.js'), place('src/routes/+layout.svelte')]).toEqual([
			'core',
			'core',
			'core'
		]);
		expect([place('header.js'), place('src/routes/(patient)/+layout.svelte')]).toEqual([
			'patient',
			'patient'
		]);
	});

	it('keeps the UI kit together, and groups other modules by exactly the pages importing them', () => {
		expect([place('src/lib/ui/Card.svelte'), place('src/lib/ui/Radios.svelte')]).toEqual([
			'ui',
			'ui'
		]);
		expect(place('library.js')).toBe(place('definition.js'));
		expect(place('fill.svelte')).not.toBe(place('library.js'));
	});

	it('keeps apart what the shell may load on demand, so loading it elsewhere brings nothing else', () => {
		expect(place('db.js')).toBe(place('dexie.js'));
		expect(place('storage.js')).toBe(place('db.js'));
		expect(place('db.js')).not.toBe(place('fill.svelte'));
	});

	it('leaves entries, and modules no page imports statically, to the bundler', () => {
		expect([place('nodes/17.js'), place('sync-engine.js'), place('nowhere.js')]).toEqual([
			null,
			null,
			null
		]);
	});
});
