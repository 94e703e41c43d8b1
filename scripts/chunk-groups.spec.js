import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupOf } from './chunk-groups.js';

const root = '/app';
const at = (/** @type {string} */ file) => resolve(root, file);

/**
 * A small app: the kit entry, the root and patient layouts, the root error page, three
 * patient pages (5, 16, 17) and the UI gallery (18), outside the patient layout.
 */
const graph = {
	'node_modules/@sveltejs/kit/src/runtime/client/entry.js': { imports: ['svelte.js'] },
	'node_modules/@sveltejs/kit/src/runtime/app/navigation.js': { imports: [] },
	'.svelte-kit/generated/client-optimized/app.js': {
		imports: [],
		dynamic: [
			'nodes/0.js',
			'nodes/1.js',
			'nodes/2.js',
			'nodes/3.js',
			'nodes/4.js',
			'nodes/5.js',
			'nodes/6.js',
			'nodes/7.js',
			'nodes/8.js',
			'nodes/9.js',
			'nodes/10.js',
			'nodes/11.js',
			'nodes/12.js',
			'nodes/13.js',
			'nodes/14.js',
			'nodes/15.js',
			'nodes/16.js',
			'nodes/17.js',
			'nodes/18.js'
		],
		isEntry: true
	},
	'src/routes/+layout.svelte': { imports: ['svelte.js', 'i18n.js'], dynamic: ['storage.js'] },
	'src/routes/+error.svelte': { imports: ['page-title.js'] },
	'src/routes/(patient)/+layout.svelte': { imports: ['i18n.js', 'header.js'] },
	'src/routes/(patient)/+page.svelte': { imports: ['home.svelte'] },
	'src/routes/(patient)/questionnaires/+page.svelte': { imports: ['list.svelte'] },
	'src/routes/(patient)/questionnaires/fill/+page.svelte': { imports: ['fill.svelte'] },
	'src/routes/ui-gallery/+page.svelte': {
		imports: ['src/lib/ui/Card.svelte', 'src/lib/ui/fixtures.js']
	},
	'nodes/0.js': { imports: ['src/routes/+layout.svelte'], isEntry: true },
	'nodes/1.js': { imports: ['src/routes/+error.svelte'], isEntry: true },
	'nodes/2.js': { imports: ['src/routes/(patient)/+layout.svelte'], isEntry: true },
	'nodes/5.js': { imports: ['src/routes/(patient)/+page.svelte'], isEntry: true },
	'nodes/16.js': { imports: ['src/routes/(patient)/questionnaires/+page.svelte'], isEntry: true },
	'nodes/17.js': {
		imports: ['src/routes/(patient)/questionnaires/fill/+page.svelte'],
		isEntry: true
	},
	'nodes/18.js': { imports: ['src/routes/ui-gallery/+page.svelte'], isEntry: true },
	'page-title.js': { imports: [] },
	'home.svelte': { imports: ['src/lib/ui/Card.svelte', 'due-notice.js', 'greeting.js'] },
	'list.svelte': {
		imports: [
			'src/lib/ui/Card.svelte',
			'library.js',
			'due-notice.js',
			'clock.js',
			'node_modules/@sveltejs/kit/src/runtime/app/navigation.js'
		]
	},
	'fill.svelte': {
		imports: [
			'src/lib/ui/Radios.svelte',
			'library.js',
			'db.js',
			'storage.js',
			'header.js',
			'greeting.js',
			'node_modules/@sveltejs/kit/src/runtime/app/navigation.js'
		]
	},
	// Shared by the home page and the list only, and small: it joins the patient layout.
	'due-notice.js': { imports: ['svelte.js'], code: 'x'.repeat(500) },
	// As small, shared by the home page and the filler, but it imports a large module that
	// the list imports too.
	'greeting.js': { imports: ['clock.js'], code: 'x'.repeat(500) },
	'clock.js': { imports: [], code: 'x'.repeat(5000) },
	'src/lib/ui/fixtures.js': { imports: [] },
	'storage.js': { imports: ['db.js'] },
	'library.js': { imports: ['definition.js'], code: 'x'.repeat(500) },
	'definition.js': { imports: [], code: 'x'.repeat(5000) },
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
		isEntry: /** @type {{ isEntry?: boolean }} */ (entry).isEntry === true,
		code: /** @type {{ code?: string }} */ (entry).code ?? 'x'.repeat(100)
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

	it('puts in core what SvelteKit loads on every page: the error page, its `$app` modules', () => {
		expect([place('src/routes/+error.svelte'), place('page-title.js')]).toEqual(['core', 'core']);
		expect(place('node_modules/@sveltejs/kit/src/runtime/app/navigation.js')).toBe('core');
	});

	it('puts in core the UI kit parts more than one page uses, and no others', () => {
		expect(place('src/lib/ui/Card.svelte')).toBe('core');
		// Only the filler uses Radios here; only the gallery its fixtures.
		expect(place('src/lib/ui/Radios.svelte')).toBe(place('fill.svelte'));
		expect(place('src/lib/ui/fixtures.js')).not.toBe('core');
	});

	it('groups other modules by exactly the pages importing them', () => {
		expect(place('library.js')).toBe(place('definition.js'));
		expect(place('fill.svelte')).not.toBe(place('library.js'));
	});

	it('puts a small set only patient pages share with the patient layout, if all it imports is there', () => {
		expect(place('due-notice.js')).toBe('patient');
		// Joining would bring the file holding clock.js into every patient page.
		expect(place('greeting.js')).not.toBe('patient');
		expect(place('clock.js')).not.toBe('patient');
		// The list and the filler share library.js and definition.js: too large together.
		expect(place('library.js')).not.toBe('patient');
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
