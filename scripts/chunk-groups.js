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
//   - what the shell may load on demand (the database, the sync engine's outbox) and some
//     page imports is one file ('on-demand'), apart from the pages' own code;
//   - any other module a page imports goes with the others imported by the same pages —
//     counting patient pages only when one does: patients are the ones on mobile data;
//   - except that a small set goes with the set of fewest pages that includes its pages
//     (or, very small and patient-only, with the patient layout), when all it imports is
//     there already for those pages.
// No patient page's first load gains a file; some gain a few kB of modules they do not use.
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
 * Under this many characters of source (about 3 kB compressed), a set of modules shared by
 * several pages joins a set of more pages that includes them, and under SMALL_PATIENT_SET
 * one only patient pages share may join the patient layout: on mobile data a file costs a
 * round trip (over half a second on Lighthouse's mobile profile), far more than a few kB.
 * The patient layout's limit is lower because every patient page would carry the set.
 */
export const SMALL_SET = 25_000;
export const SMALL_PATIENT_SET = 2000;
const PATIENT = 'patient';
const ON_DEMAND = 'on-demand';

/**
 * @typedef {{ importedIds: readonly string[]; dynamicallyImportedIds: readonly string[];
 *   isEntry: boolean; code?: string | null }} ModuleFacts
 * @typedef {(id: string) => ModuleFacts | null} ModuleLookup
 * @typedef {{ key: string; pageCount: number }} PageSet
 */

/**
 * Which group `id` belongs to, or null to leave it to the bundler. Entry modules (SvelteKit's
 * nodes and its start and app files) stay their own files, importing from the groups.
 * @param {string} root the project's directory
 * @returns {(id: string, lookup: ModuleLookup) => string | null}
 */
export function groupOf(root) {
	/** @type {{ shells: Map<string, string>; sets: Map<string, PageSet>; homes: Map<string, string> } | null} */
	let graph = null;
	const uiKit = resolve(root, UI_KIT);
	const kitRuntime = resolve(root, KIT_RUNTIME);
	/** @param {string} id @param {PageSet | undefined} set */
	const isCore = (id, set) =>
		// SvelteKit's `$app/*` modules re-export what core holds: a file of their own is empty.
		// The UI kit's parts are small and nearly every page uses several.
		id.startsWith(kitRuntime) || (id.startsWith(uiKit) && (set?.pageCount ?? 0) > 1);
	return (id, lookup) => {
		graph ??= { shells: shellModules(root, lookup), sets: new Map(), homes: new Map() };
		if (lookup(id)?.isEntry) return null;
		const shell = graph.shells.get(id);
		if (shell) return shell;
		if (graph.sets.size === 0) {
			const patientPages = patientPageNumbers(root, lookup);
			graph.sets = pageSets(root, lookup, graph.shells, patientPages);
			const { shells, sets } = graph;
			const everywhere = (/** @type {string} */ other) =>
				shells.has(other) || isCore(other, sets.get(other));
			graph.homes = smallSetHomes(lookup, sets, everywhere, patientPages);
		}
		const set = graph.sets.get(id);
		if (!set) return null;
		if (isCore(id, set)) return 'core';
		return graph.homes.get(set.key) ?? groupName(set.key);
	};
}

/** @param {string} key */
const groupName = (key) => (key === ON_DEMAND ? key : `for-${key}`);

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
 * The numbers (as SvelteKit numbers its nodes) of the pages inside the patient layout.
 * @param {string} root
 * @param {ModuleLookup} lookup
 */
function patientPageNumbers(root, lookup) {
	const pages = lookup(resolve(root, APP))?.dynamicallyImportedIds ?? [];
	const patientRoutes = resolve(root, PATIENT_ROUTES);
	return new Set(
		pages.flatMap((page, index) =>
			lookup(page)?.importedIds.some((id) => id.startsWith(patientRoutes)) ? [String(index)] : []
		)
	);
}

/**
 * For each module some page imports statically (and no shell holds), its set: the pages
 * that import it, as one key — patient pages only, when any imports it, since they are the
 * ones opened on a phone on mobile data, where a file costs a round trip: a staff page
 * loads what the patient pages' grouping gives it. What the shell may also load on demand
 * (the database, the sync engine's outbox) is one set of its own, apart from the pages'
 * code, so the shell loading it on another page brings nothing else along.
 * @param {string} root
 * @param {ModuleLookup} lookup
 * @param {Map<string, string>} shells
 * @param {Set<string>} patientPages
 * @returns {Map<string, PageSet>}
 */
function pageSets(root, lookup, shells, patientPages) {
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
		[...pagesById].map(([id, users]) => {
			const patientUsers = users.filter((page) => patientPages.has(page));
			const keyPages = patientUsers.length > 0 ? patientUsers : users;
			const key = shellLoads.has(id) ? ON_DEMAND : keyPages.sort().join('_');
			return [id, { key, pageCount: users.length }];
		})
	);
}

/**
 * Where the small sets go instead of a file of their own: a set shared by several pages
 * joins the set of fewest pages that includes all of its pages, when under SMALL_SET
 * characters; or, failing that, when all its pages are patient pages and it is under
 * SMALL_PATIENT_SET, the patient layout. Either way only if all it imports is already
 * loaded by every page of its new home — in the shells, in core, in that home, or in a set
 * whose pages include them all — so that none of those pages' first loads gains a file.
 * @param {ModuleLookup} lookup
 * @param {Map<string, PageSet>} sets the set of each module
 * @param {(id: string) => boolean} isEverywhere
 * @param {Set<string>} patientPages
 * @returns {Map<string, string>} set key → the group it joins
 */
function smallSetHomes(lookup, sets, isEverywhere, patientPages) {
	/** @type {Map<string, string[]>} */
	const members = new Map();
	for (const [id, { key }] of sets) {
		if (!isEverywhere(id)) members.set(key, [...(members.get(key) ?? []), id]);
	}
	const pagesOf = (/** @type {string} */ key) =>
		key === PATIENT ? [...patientPages] : key.split('_');
	const includes = (/** @type {string} */ outer, /** @type {string} */ inner) =>
		outer !== inner && pagesOf(inner).every((page) => pagesOf(outer).includes(page));
	const size = (/** @type {string} */ key) =>
		(members.get(key) ?? []).reduce((sum, id) => sum + (lookup(id)?.code?.length ?? 0), 0);
	const keys = [...members.keys()].filter((key) => key !== ON_DEMAND);
	/** @type {Map<string, string[]>} the homes a small set could join, best first */
	const candidates = new Map();
	for (const key of keys) {
		if (pagesOf(key).length < 2 || size(key) >= SMALL_SET) continue;
		const homes = keys
			.filter((other) => includes(other, key))
			.sort((a, b) => pagesOf(a).length - pagesOf(b).length || a.localeCompare(b));
		if (size(key) < SMALL_PATIENT_SET && pagesOf(key).every((page) => patientPages.has(page)))
			homes.push(PATIENT);
		if (homes.length > 0) candidates.set(key, homes);
	}
	/** The set (or 'patient') a key's modules end up in, following joins. */
	const finalHome = (/** @type {string} */ key) => {
		let home = key;
		for (let hops = 0; candidates.has(home) && hops <= keys.length; hops++)
			home = /** @type {string[]} */ (candidates.get(home))[0] ?? home;
		return home;
	};
	// A join whose set imports something its home's pages do not all load, or that would
	// put a set too large for it in the patient layout, gives way to the next home, until
	// every join holds.
	for (let changed = true; changed;) {
		changed = false;
		for (const [key, homes] of candidates) {
			const home = finalHome(key);
			const loadedThere = (/** @type {string} */ other) => {
				if (isEverywhere(other)) return true;
				const otherKey = sets.get(other)?.key;
				if (otherKey === undefined || otherKey === ON_DEMAND) return false;
				return finalHome(otherKey) === home || includes(otherKey, home);
			};
			const outside = (members.get(key) ?? []).some((id) =>
				(lookup(id)?.importedIds ?? []).some((other) => !loadedThere(other))
			);
			const tooLarge = home === PATIENT && size(key) >= SMALL_PATIENT_SET;
			if (outside || tooLarge) {
				homes.shift();
				if (homes.length === 0) candidates.delete(key);
				changed = true;
			}
		}
	}
	return new Map(
		[...candidates.keys()].map((key) => {
			const home = finalHome(key);
			return [key, home === PATIENT ? PATIENT : groupName(home)];
		})
	);
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
