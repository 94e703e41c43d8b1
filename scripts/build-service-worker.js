// Gives the service worker that SvelteKit built its precache manifest, after adapter-node
// has written build/. Run by `npm run build`; prints what it precached and any warnings.
import { injectManifest } from 'workbox-build';
import { readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const SW = 'build/client/service-worker.js';

/**
 * Maps build files to the URLs the server answers: client/x → /x and prerendered pages
 * prerendered/a/b.html → /a/b (prerendered/index.html → /).
 * @param {string} file
 */
export function urlForBuildFile(file) {
	if (file.startsWith('client/')) return file.slice('client'.length);
	if (file === 'prerendered/index.html') return '/';
	if (file.startsWith('prerendered/'))
		return file.slice('prerendered'.length).replace(/\.html$/, '');
	return file;
}

/** @type {import('workbox-build').ManifestTransform} */
function toServerUrls(entries) {
	return {
		manifest: entries.map((entry) => ({ ...entry, url: urlForBuildFile(entry.url) })),
		warnings: []
	};
}

const result = await injectManifest({
	swSrc: SW,
	swDest: SW,
	globDirectory: 'build',
	globPatterns: ['client/**/*.{js,css,png,svg,webmanifest,woff2,txt}', 'prerendered/**/*.html'],
	globIgnores: ['client/service-worker.js', '**/*.gz', '**/*.br'],
	manifestTransforms: [toServerUrls],
	// Kit's immutable files already have content hashes in their names.
	dontCacheBustURLsMatching: /^\/_app\/immutable\//,
	maximumFileSizeToCacheInBytes: 1024 * 1024
});

// adapter-node precompressed the worker before its manifest was injected: refresh those copies.
const worker = readFileSync(SW);
writeFileSync(`${SW}.gz`, gzipSync(worker, { level: 9 }));
writeFileSync(`${SW}.br`, brotliCompressSync(worker));

const report = { count: result.count, bytes: result.size, warnings: result.warnings };
writeFileSync('build/precache-report.json', JSON.stringify(report, null, '\t'));
console.log(
	`service worker: ${result.count} files precached, ${(result.size / 1024).toFixed(1)} KiB`
);
for (const warning of result.warnings) console.warn(`service worker warning: ${warning}`);
