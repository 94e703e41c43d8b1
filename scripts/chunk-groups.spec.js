import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupOf } from './chunk-groups.js';

const root = '/app';
const at = (/** @type {string} */ file) => resolve(root, file);

/**
 * A small app: the kit entry, the root and patient layouts, the root error page, patient
 * pages (5 home, 6 check-in, 7 result, 8 urgent help, 16 list, 17 filler), the UI gallery
 * (18) outside the patient layout, and a staff page (19).
 */
const graph = {
	'node_modules/@sveltejs/kit/src/runtime/client/entry.js': { imports: ['svelte.js'] },
	'node_modules/@sveltejs/kit/src/runtime/app/navigation.js': { imports: [] },
	'.svelte-kit/generated/client-optimized/app.js': {
		imports: [],
		dynamic: Array.from({ length: 20 }, (_, node) => `nodes/${node}.js`),
		isEntry: true
	},
	'src/routes/+layout.svelte': { imports: ['svelte.js', 'i18n.js'], dynamic: ['storage.js'] },
	'src/routes/+error.svelte': { imports: ['page-title.js'] },
	'src/routes/(patient)/+layout.svelte': {
		imports: ['i18n.js', 'header.js'],
		dynamic: ['outbox.js']
	},
	'src/routes/(patient)/+page.svelte': { imports: ['home.svelte'] },
	'src/routes/(patient)/check-in/+page.svelte': {
		imports: ['banner.js', 'skip.js', 'tiny.js', 'mid.js']
	},
	'src/routes/(patient)/questionnaires/result/+page.svelte': {
		imports: ['strings.js', 'scoring.js', 'card.js', 'banner.js', 'tiny.js']
	},
	'src/routes/(patient)/urgent-help/+page.svelte': {
		imports: ['card.js', 'tiny.js', 'mid.js']
	},
	'src/routes/(patient)/questionnaires/+page.svelte': { imports: ['list.svelte'] },
	'src/routes/(patient)/questionnaires/fill/+page.svelte': { imports: ['fill.svelte'] },
	'src/routes/ui-gallery/+page.svelte': {
		imports: ['src/lib/ui/Card.svelte', 'src/lib/ui/fixtures.js']
	},
	'src/routes/staff/+page.svelte': { imports: ['strings.js', 'src/lib/ui/Card.svelte'] },
	'nodes/0.js': { imports: ['src/routes/+layout.svelte'], isEntry: true },
	'nodes/1.js': { imports: ['src/routes/+error.svelte'], isEntry: true },
	'nodes/2.js': { imports: ['src/routes/(patient)/+layout.svelte'], isEntry: true },
	'nodes/5.js': { imports: ['src/routes/(patient)/+page.svelte'], isEntry: true },
	'nodes/6.js': { imports: ['src/routes/(patient)/check-in/+page.svelte'], isEntry: true },
	'nodes/7.js': {
		imports: ['src/routes/(patient)/questionnaires/result/+page.svelte'],
		isEntry: true
	},
	'nodes/8.js': { imports: ['src/routes/(patient)/urgent-help/+page.svelte'], isEntry: true },
	'nodes/16.js': { imports: ['src/routes/(patient)/questionnaires/+page.svelte'], isEntry: true },
	'nodes/17.js': {
		imports: ['src/routes/(patient)/questionnaires/fill/+page.svelte'],
		isEntry: true
	},
	'nodes/18.js': { imports: ['src/routes/ui-gallery/+page.svelte'], isEntry: true },
	'nodes/19.js': { imports: ['src/routes/staff/+page.svelte'], isEntry: true },
	'page-title.js': { imports: [] },
	'home.svelte': {
		imports: [
			'src/lib/ui/Card.svelte',
			'due-notice.js',
			'greeting.js',
			'banner.js',
			'tiny.js',
			'mid.js'
		]
	},
	'list.svelte': {
		imports: [
			'src/lib/ui/Card.svelte',
			'library.js',
			'due-notice.js',
			'clock.js',
			'strings.js',
			'skip.js',
			'node_modules/@sveltejs/kit/src/runtime/app/navigation.js'
		]
	},
	'fill.svelte': {
		imports: [
			'src/lib/ui/Radios.svelte',
			'library.js',
			'db.js',
			'storage.js',
			'outbox.js',
			'header.js',
			'greeting.js',
			'strings.js',
			'scoring.js',
			'card.js',
			'node_modules/@sveltejs/kit/src/runtime/app/navigation.js'
		]
	},
	// The home page and the list only, and small: it joins clock.js's set, which includes them.
	'due-notice.js': { imports: ['svelte.js'], code: 'x'.repeat(500) },
	// The home page and the filler: it joins clock.js's set too, and brings no other file.
	'greeting.js': { imports: ['clock.js'], code: 'x'.repeat(500) },
	'clock.js': { imports: [], code: 'x'.repeat(5000) },
	// The filler and the result page: the strings' set includes them, but the list would
	// then need card.js's file too; card.js's set includes them as well, and that holds.
	'scoring.js': { imports: ['card.js'], code: 'x'.repeat(500) },
	'card.js': { imports: [], code: 'x'.repeat(5000) },
	// The list, the filler, the result page and a staff page: keyed by the patient pages.
	'strings.js': { imports: [], code: 'x'.repeat(30_000) },
	// Check-in and the list only, no set includes both: small enough for the patient layout.
	'skip.js': { imports: [], code: 'x'.repeat(300) },
	// Home, check-in and the result page: no set includes them, too large for the layout.
	'banner.js': { imports: [], code: 'x'.repeat(5000) },
	// Tiny, so it joins the patient layout; mid.js's pages are among its pages, but joining it
	// would put mid.js, too large for it, in the patient layout as well.
	'tiny.js': { imports: [], code: 'x'.repeat(50) },
	'mid.js': { imports: [], code: 'x'.repeat(5000) },
	'src/lib/ui/fixtures.js': { imports: [] },
	'storage.js': { imports: ['db.js'] },
	'outbox.js': { imports: [] },
	'library.js': { imports: ['definition.js'], code: 'x'.repeat(500) },
	'definition.js': { imports: [], code: 'x'.repeat(30_000) },
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

	it('groups other modules by the pages importing them', () => {
		expect(place('library.js')).toBe(place('definition.js'));
		expect(place('library.js')).toBe('for-16_17');
		expect(place('fill.svelte')).not.toBe(place('library.js'));
	});

	it('keys a set by the patient pages importing it: a staff page loads their file', () => {
		expect(place('strings.js')).toBe('for-16_17_7');
	});

	it('puts what the shell may load on demand in one file, apart from the pages', () => {
		expect(place('db.js')).toBe('on-demand');
		expect([place('dexie.js'), place('storage.js'), place('outbox.js')]).toEqual([
			'on-demand',
			'on-demand',
			'on-demand'
		]);
		expect(place('fill.svelte')).not.toBe('on-demand');
	});

	it('puts a small set with the set of fewest pages that includes its pages', () => {
		expect(place('clock.js')).toBe('for-16_17_5');
		expect(place('due-notice.js')).toBe('for-16_17_5');
		expect(place('greeting.js')).toBe('for-16_17_5');
	});

	it('passes over a home whose pages would need another file, for the next', () => {
		expect(place('card.js')).toBe('for-17_7_8');
		expect(place('scoring.js')).toBe('for-17_7_8');
	});

	it('puts a very small set only patient pages share with the patient layout, and no larger one', () => {
		expect(place('skip.js')).toBe('patient');
		expect(place('tiny.js')).toBe('patient');
		expect(place('banner.js')).toBe('for-5_6_7');
		// Its pages are among tiny.js's, which went to the layout: too large to follow it.
		expect(place('mid.js')).toBe('for-5_6_8');
	});

	it('leaves entries, and modules no page imports statically, to the bundler', () => {
		expect([place('nodes/17.js'), place('sync-engine.js'), place('nowhere.js')]).toEqual([
			null,
			null,
			null
		]);
	});
});
