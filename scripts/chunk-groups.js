// How the browser build groups modules into files. Left to itself the bundler makes a file
// for every module that is also loaded on demand somewhere, and one for every set of pages
// sharing modules: the questionnaire filler needed some 50 small files before it could
// start, fetched six at a time over HTTP/1.1, which was most of its first load on a slow
// phone. So, in order:
//   - everything the root layout and the root error page need (SvelteKit loads both on
//     every page) is one file ('core'), with SvelteKit's `$app/*` modules and the UI kit
//     parts more than one page uses (small, and most pages use several); everything the
//     patient layout needs is another ('patient'): every page loads the first, every
//     patient page both;
//   - any other module a page imports goes with the others imported by exactly the same
//     pages, even where one of them is also loaded on demand; those the shell may load on
//     demand (the database, the sync engine's outbox) apart from the rest;
//   - except that a set only patient pages share, too small to be worth a request of its
//     own, goes with the patient layout when all it imports is there or in core.
// No page's first load gains a module it does not import, except UI kit parts and those
// small sets.
import { resolve } from 'node:path';

/**
 * The browser build's grouping (the server's is left alone). Runs after SvelteKit's plugin:
 * modules are placed one by one (SvelteKit's strict entry signatures would forbid that), and
 * an entry may gain exports it does not use, which SvelteKit's nodes do not mind.
 * @param {string} root the project's directory
 * @returns {import('vite').Plugin}
 */
export function clientChunks(root) {
	return {
		name: 'tend:client-chunks',
		apply: 'build',
		config(config) {
			if (config.build?.ssr) return;
			const place = groupOf(root);
			return {
				build: {
					rollupOptions: {
						preserveEntrySignatures: 'allow-extension',
						output: {
							codeSplitting: {
								groups: [
									{
										debugName: 'tend',
										name: (
											/** @type {string} */ id,
											/** @type {{ getModuleInfo: ModuleLookup }} */ context
										) => place(id, (other) => context.getModuleInfo(other)),
										includeDependenciesRecursively: false
									}
								]
							}
						}
					}
				}
			};
		}
	};
}

/** The shared files and the files (relative to the project) whose static imports fill them. */
export const SHELL_GROUPS = [
	{
		name: 'core',
		from: [
			'node_modules/@sveltejs/kit/src/runtime/client/entry.js',
			'.svelte-kit/generated/client-optimized/app.js',
			'src/routes/+layout.svelte',
			// SvelteKit loads the root error page as it starts, on every page.
			'src/routes/+error.svelte'
		]
	},
	{
		name: 'patient',
		from: ['src/routes/(patient)/+layout.svelte', 'src/routes/(patient)/+layout.ts']
	}
];

const APP = '.svelte-kit/generated/client-optimized/app.js';
const UI_KIT = 'src/lib/ui/';
const KIT_RUNTIME = 'node_modules/@sveltejs/kit/src/runtime/';
const PATIENT_ROUTES = 'src/routes/(patient)/';
/**
 * Under this many characters of source, a set of modules only patient pages share goes
 * with the patient layout: on mobile data a file costs a round trip, far more than its bytes.
 */
export const SMALL_SET = 2000;

/**
 * @typedef {{ importedIds: readonly string[]; dynamicallyImportedIds: readonly string[];
 *   isEntry: boolean; code?: string | null }} ModuleFacts
 * @typedef {(id: string) => ModuleFacts | null} ModuleLookup
 */

/**
 * Which group `id` belongs to, or null to leave it to the bundler. Entry modules (SvelteKit's
 * nodes and its start and app files) stay their own files, importing from the groups.
 * @param {string} root the project's directory
 * @returns {(id: string, lookup: ModuleLookup) => string | null}
 */
export function groupOf(root) {
	/** @type {{ shells: Map<string, string>; pages: Map<string, string>; small: Set<string> } | null} */
	let graph = null;
	const uiKit = resolve(root, UI_KIT);
	const kitRuntime = resolve(root, KIT_RUNTIME);
	/** @param {string} id @param {string} pages */
	const isCore = (id, pages) =>
		// SvelteKit's `$app/*` modules re-export what core holds: a file of their own is empty.
		// The UI kit's parts are small and nearly every page uses several.
		id.startsWith(kitRuntime) || (id.startsWith(uiKit) && pages.includes('_'));
	return (id, lookup) => {
		graph ??= { shells: shellModules(root, lookup), pages: new Map(), small: new Set() };
		if (lookup(id)?.isEntry) return null;
		const shell = graph.shells.get(id);
		if (shell) return shell;
		if (graph.pages.size === 0) {
			graph.pages = pageSets(root, lookup, graph.shells);
			const { shells, pages } = graph;
			const everywhere = (/** @type {string} */ other) =>
				shells.has(other) || isCore(other, pages.get(other) ?? '');
			graph.small = smallPatientSets(root, lookup, pages, everywhere);
		}
		const pages = graph.pages.get(id);
		if (!pages) return null;
		if (isCore(id, pages)) return 'core';
		return graph.small.has(pages) ? 'patient' : `for-${pages}`;
	};
}

/**
 * @param {string[]} from
 * @param {ModuleLookup} lookup
 * @param {(id: string) => boolean} isTaken
 * @returns {string[]} every module `from` imports statically, `from` included, but not taken ones
 */
function staticClosure(from, lookup, isTaken) {
	/** @type {Set<string>} */
	const found = new Set();
	const pending = [...from];
	while (pending.length > 0) {
		const id = /** @type {string} */ (pending.pop());
		if (found.has(id) || isTaken(id)) continue;
		const facts = lookup(id);
		if (!facts) continue;
		found.add(id);
		pending.push(...facts.importedIds);
	}
	return [...found].sort();
}

/**
 * @param {string} root
 * @param {ModuleLookup} lookup
 */
function shellModules(root, lookup) {
	/** @type {Map<string, string>} */
	const shells = new Map();
	for (const { name, from } of SHELL_GROUPS) {
		const ids = from.map((file) => resolve(root, file));
		for (const id of staticClosure(ids, lookup, (other) => shells.has(other))) shells.set(id, name);
	}
	return shells;
}

/**
 * For each module some page imports statically (and no shell holds), the pages that do, as
 * one key, marked when the shell may also load it on demand: the database and the sync
 * engine's outbox go apart from the pages' own code, so the shell loading them on another
 * page does not bring that code along. (A page that loads on demand what another imports
 * may still get some of the other's code: it is fetched once and precached anyway.)
 * @param {string} root
 * @param {ModuleLookup} lookup
 * @param {Map<string, string>} shells
 */
function pageSets(root, lookup, shells) {
	const pages = lookup(resolve(root, APP))?.dynamicallyImportedIds ?? [];
	const isTaken = (/** @type {string} */ id) => shells.has(id);
	/** @type {Map<string, string[]>} */
	const pagesById = new Map();
	pages.forEach((page, index) => {
		for (const id of staticClosure([page], lookup, isTaken)) {
			if (id !== page) pagesById.set(id, [...(pagesById.get(id) ?? []), String(index)]);
		}
	});
	const shellLoads = new Set(staticClosure(shellOnDemand(root, pages, lookup), lookup, isTaken));
	return new Map(
		[...pagesById].map(([id, users]) => [
			id,
			users.sort().join('_') + (shellLoads.has(id) ? '-on-demand' : '')
		])
	);
}

/**
 * The page sets small enough to go with the patient layout: shared by more than one page,
 * all of them patient pages, not loaded on demand by the shell, under SMALL_SET characters,
 * and importing nothing but what every patient page loads anyway (the shells, core, other
 * such sets) — so that no page's first load gains another file.
 * @param {string} root
 * @param {ModuleLookup} lookup
 * @param {Map<string, string>} pageSetOf the key pageSets gives each module
 * @param {(id: string) => boolean} isEverywhere
 */
function smallPatientSets(root, lookup, pageSetOf, isEverywhere) {
	const pages = lookup(resolve(root, APP))?.dynamicallyImportedIds ?? [];
	const patientRoutes = resolve(root, PATIENT_ROUTES);
	const patientPages = new Set(
		pages.flatMap((page, index) =>
			lookup(page)?.importedIds.some((id) => id.startsWith(patientRoutes)) ? [String(index)] : []
		)
	);
	/** @type {Map<string, string[]>} */
	const members = new Map();
	for (const [id, key] of pageSetOf) {
		if (!isEverywhere(id)) members.set(key, [...(members.get(key) ?? []), id]);
	}
	const small = new Set(
		[...members]
			.filter(([key, ids]) => {
				const users = key.split('_');
				return (
					!key.endsWith('-on-demand') &&
					users.length > 1 &&
					users.every((page) => patientPages.has(page)) &&
					ids.reduce((size, id) => size + (lookup(id)?.code?.length ?? 0), 0) < SMALL_SET
				);
			})
			.map(([key]) => key)
	);
	// Drop any set importing something outside what every patient page has, until none does.
	for (let changed = true; changed;) {
		changed = false;
		for (const key of small) {
			const outside = (members.get(key) ?? []).some((id) =>
				(lookup(id)?.importedIds ?? []).some(
					(other) => !isEverywhere(other) && !small.has(pageSetOf.get(other) ?? '')
				)
			);
			if (outside) {
				small.delete(key);
				changed = true;
			}
		}
	}
	return small;
}

/**
 * What the shells load on demand, directly or through what that loads, pages aside.
 * @param {string} root
 * @param {readonly string[]} pages
 * @param {ModuleLookup} lookup
 */
function shellOnDemand(root, pages, lookup) {
	/** @type {Set<string>} */
	const seen = new Set();
	/** @type {Set<string>} */
	const found = new Set();
	const pending = SHELL_GROUPS.flatMap(({ from }) => from.map((file) => resolve(root, file)));
	while (pending.length > 0) {
		const id = /** @type {string} */ (pending.pop());
		if (seen.has(id) || pages.includes(id)) continue;
		seen.add(id);
		const facts = lookup(id);
		if (!facts) continue;
		for (const target of facts.dynamicallyImportedIds)
			if (!pages.includes(target)) found.add(target);
		pending.push(...facts.importedIds, ...facts.dynamicallyImportedIds);
	}
	return [...found].sort();
}
