import { describe, expect, it } from 'vitest';
import { find_deps } from '../node_modules/@sveltejs/kit/src/exports/vite/build/utils.js'; // SvelteKit's own walk, not exported
import { staticKey, withStaticGraph } from './static-preloads.js';

// The filler's shape: the shell opens the database lazily, the page imports it statically.
const manifest = {
	'nodes/17.js': { file: 'n17.js', isEntry: true, imports: ['_shell.js', '_db.js'] },
	'_shell.js': {
		file: 'shell.js',
		css: ['shell.css'],
		dynamicImports: ['_db.js', 'src/Panel.svelte']
	},
	'_db.js': { file: 'db.js', imports: ['_dexie.js'] },
	'_dexie.js': { file: 'dexie.js' },
	'src/Panel.svelte': { file: 'panel.js', css: ['panel.css'], imports: ['_dexie.js'] }
};

describe('withStaticGraph', () => {
	it('is what makes SvelteKit preload a static import that an earlier file imports dynamically', () => {
		expect(find_deps(manifest, 'nodes/17.js', true).imports).toEqual(['n17.js', 'shell.js']);
		expect(find_deps(withStaticGraph(manifest), 'nodes/17.js', true).imports).toEqual([
			'n17.js',
			'shell.js',
			'db.js',
			'dexie.js'
		]);
	});

	it('leaves the stylesheets SvelteKit finds through dynamic imports, and their names, as they were', () => {
		const before = find_deps(manifest, 'nodes/17.js', true);
		const after = find_deps(withStaticGraph(manifest), 'nodes/17.js', true);
		expect(after.stylesheets).toEqual(before.stylesheets);
		expect([...after.stylesheet_map.keys()]).toEqual([...before.stylesheet_map.keys()]);
		expect(after.stylesheet_map.get('src/Panel.svelte')?.css).toEqual(new Set(['panel.css']));
	});

	it('keeps every chunk, adding a copy that is not an entry and imports only copies', () => {
		const result = withStaticGraph(manifest);
		expect(result['_shell.js']).toBe(manifest['_shell.js']);
		expect(result[staticKey('nodes/17.js')]).toEqual({
			file: 'n17.js',
			imports: [staticKey('_shell.js'), staticKey('_db.js')]
		});
		expect(result[staticKey('_shell.js')]?.dynamicImports).toEqual(['_db.js', 'src/Panel.svelte']);
	});
});
