// Makes SvelteKit preload every file a page imports statically. SvelteKit lists a page's
// preloads by walking the build manifest from the page, and also walks each file's dynamic
// imports (without preloading them) to find their stylesheets. It visits each file once, so
// a file the page imports statically but that an earlier file imports dynamically (the
// database, which the app shell opens lazily and the questionnaire filler needs at once) is
// reached the dynamic way first and never preloaded: the browser finds it only after the
// page's own code has run, a whole round trip late. So the walk from each entry is given its
// own copy of the static graph, which the dynamic walk never enters: every static import is
// found, and the dynamic imports lead to the same stylesheets, under the same names, as before.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @typedef {{ file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[];
 *   css?: string[]; assets?: string[] }} ManifestChunk
 * @typedef {Record<string, ManifestChunk>} Manifest
 */

/** The key of a chunk's copy in the static graph. */
export const staticKey = (/** @type {string} */ key) => `${key}?static`;

/**
 * The manifest with a static copy of every chunk, reached only through static imports from
 * the entries: each entry's and each copy's static imports name copies; dynamic imports
 * still name the chunks themselves.
 * @param {Manifest} manifest
 * @returns {Manifest}
 */
export function withStaticGraph(manifest) {
	/** @type {Manifest} */
	const result = {};
	for (const [key, chunk] of Object.entries(manifest)) {
		const imports = chunk.imports?.map(staticKey);
		result[key] = chunk.isEntry && imports ? { ...chunk, imports } : chunk;
		const { isEntry: _entry, ...copy } = chunk;
		result[staticKey(key)] = imports ? { ...copy, imports } : copy;
	}
	return result;
}

/**
 * Rewrites the browser build's manifest once it is written, before SvelteKit reads it.
 * @returns {import('vite').Plugin}
 */
export function staticPreloads() {
	let manifestFile = '';
	return {
		name: 'tend:static-preloads',
		apply: 'build',
		configResolved(config) {
			if (config.build.ssr) return;
			const name =
				typeof config.build.manifest === 'string' ? config.build.manifest : '.vite/manifest.json';
			manifestFile = join(config.build.outDir, name);
		},
		writeBundle() {
			if (!manifestFile || !existsSync(manifestFile)) return;
			const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
			writeFileSync(manifestFile, JSON.stringify(withStaticGraph(manifest), null, 2));
		}
	};
}
